using System.Text.Json;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Workbench;

/// <summary>
/// Runs in the database and on disk. The run folder stays the working copy the loop resumes from and
/// exports into (it survives a lost database, and the CLI reads it); every write also lands in the
/// database, which is what the app lists and reopens runs from.
/// </summary>
public sealed class DatabaseRunStore(FileRunStore files, IServiceScopeFactory scopes, TimeProvider clock) : IRunStore
{
    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        await files.CreateAsync(run, cancellationToken);
        await UpsertAsync(run, cancellationToken);
    }

    public async Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        await files.SaveAsync(run, cancellationToken);
        await UpsertAsync(run, cancellationToken);
    }

    public async Task AppendResultAsync(string runId, ConversationResult result, CancellationToken cancellationToken = default)
    {
        await files.AppendResultAsync(runId, result, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<WorkbenchRunResult>().Add(new WorkbenchRunResult
        {
            RunId = runId, ResultJson = RunJson.SerializeLine(result), RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<RunRecord?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<WorkbenchRun>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return row is null ? await files.FindAsync(runId, cancellationToken) : RunJson.Deserialize(row.RecordJson);
    }

    /// <summary>From the run folder: it holds exactly what the loop will resume from, a cut last line included.</summary>
    public Task<RunResults> ReadResultsAsync(string runId, CancellationToken cancellationToken = default) =>
        files.ReadResultsAsync(runId, cancellationToken);

    public async Task<IReadOnlyList<RunRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<WorkbenchRun>().AsNoTracking()
            .OrderByDescending(r => r.CreatedAt).Select(r => r.RecordJson).ToListAsync(cancellationToken);
        return rows.Select(RunJson.Deserialize).ToList();
    }

    public string FolderOf(string runId) => files.FolderOf(runId);

    private async Task UpsertAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<WorkbenchRun>().SingleOrDefaultAsync(r => r.Id == run.Id, cancellationToken);
        if (row is null)
        {
            row = new WorkbenchRun
            {
                Id = run.Id, Status = "", Dataset = "", PromptId = "", ModelId = "", RecordJson = "",
                CreatedAt = run.CreatedAt.UtcDateTime,
            };
            db.Add(row);
        }
        row.Status = JsonSerializer.Serialize(run.Status, RunJson.Line).Trim('"');
        row.Dataset = run.Parameters.Dataset;
        row.PromptId = run.Parameters.PromptId;
        row.BaselineVersion = run.Prompts.Baseline;
        row.CandidateVersion = run.Prompts.Candidate;
        row.Verdict = run.Comparison is null ? null : JsonSerializer.Serialize(run.Comparison.Verdict, RunJson.Line).Trim('"');
        row.ModelId = run.Model.ModelId;
        row.Seed = run.Parameters.Seed;
        row.UpdatedAt = run.UpdatedAt.UtcDateTime;
        row.RecordJson = RunJson.Serialize(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
