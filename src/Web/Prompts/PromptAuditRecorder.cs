using AgentSupport.Plugins.Common;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Prompts;

/// <summary>
/// Writes every change of the prompt store to the audit table: versions created through the API or
/// the Workbench, versions a prompt engineer added in git, label moves and rollbacks. The store
/// raises its event after the files are written; the audit row follows in the same call, and
/// <see cref="ReconcileAsync"/> fills any gap a crash between the two left, from the labels' history.
/// </summary>
public sealed class PromptAuditRecorder(FilePromptStore store, IServiceScopeFactory scopes, ILogger<PromptAuditRecorder> logger)
{
    public const string SystemActor = "system";

    public void Start() => store.Changed += OnChanged;

    private void OnChanged(object? sender, PromptStoreChange change)
    {
        if (ToEntry(change) is not { } entry) return;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.PromptAudit.Add(entry);
            // Synchronous on purpose: the store raises the event inside the operation, so the audit row
            // exists before the API answers.
            db.SaveChanges();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(ex, "Could not audit {Kind} of prompt {PromptId}; it will be reconciled at the next start", change.Kind, change.PromptId);
        }
    }

    public async Task ReconcileAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var added = 0;
        foreach (var promptId in store.ListPrompts())
        {
            var audited = await db.PromptAudit.AsNoTracking().Where(e => e.PromptId == promptId).ToListAsync(ct);
            foreach (var version in store.ListVersions(promptId))
            {
                if (audited.Any(e => e.Action == PromptAuditActions.VersionCreated && e.ToVersion == version.Number)) continue;
                db.PromptAudit.Add(new PromptAuditEntry
                {
                    PromptId = promptId, Action = PromptAuditActions.VersionCreated, ToVersion = version.Number,
                    FromVersion = version.Metadata.Parent, Actor = version.Metadata.Author, Reason = version.Metadata.Description,
                    // A version file only says the day it was created, a Mexico City day as the console shows it: its start there.
                    At = MexicoTime.StartOf(version.Metadata.Created).UtcDateTime,
                });
                added++;
            }
            foreach (var label in store.ListLabels(promptId))
            {
                int? previous = null;
                foreach (var move in label.History)
                {
                    var at = move.At.UtcDateTime;
                    if (!audited.Any(e => e.Label == label.Name && e.ToVersion == move.Version && Math.Abs((e.At - at).TotalSeconds) < 1))
                    {
                        db.PromptAudit.Add(new PromptAuditEntry
                        {
                            PromptId = promptId, Action = PromptAuditActions.LabelMoved, Label = label.Name, FromVersion = previous,
                            ToVersion = move.Version, Actor = move.By ?? SystemActor, Reason = move.Reason, At = at,
                        });
                        added++;
                    }
                    previous = move.Version;
                }
            }
        }
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Reconciled {Count} prompt audit entries from the prompt files", added);
        }
    }

    private static PromptAuditEntry? ToEntry(PromptStoreChange change)
    {
        var action = change.Kind switch
        {
            PromptStoreChangeKind.VersionCreated or PromptStoreChangeKind.VersionAdopted => PromptAuditActions.VersionCreated,
            PromptStoreChangeKind.LabelMoved or PromptStoreChangeKind.LabelChangedOnDisk => PromptAuditActions.LabelMoved,
            PromptStoreChangeKind.LabelRolledBack => PromptAuditActions.Rollback,
            PromptStoreChangeKind.LabelRemoved => PromptAuditActions.LabelRemoved,
            _ => null,
        };
        return action is null ? null : new PromptAuditEntry
        {
            PromptId = change.PromptId,
            Action = action,
            Label = change.Label,
            FromVersion = change.PreviousVersion,
            ToVersion = change.Version,
            Actor = change.By ?? SystemActor,
            Reason = change.Reason,
            At = change.At.UtcDateTime,
        };
    }
}
