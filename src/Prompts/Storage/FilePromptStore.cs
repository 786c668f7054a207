using System.Collections.Concurrent;
using System.Text;
using AgentSupport.Prompts.Diffing;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentSupport.Prompts.Storage;

/// <summary>
/// Versioned prompt store over a folder: <c>&lt;root&gt;/&lt;prompt-id&gt;/v&lt;N&gt;.scriban</c> plus
/// <c>labels.json</c> (labels, label history, manifest of version hashes).
/// Versions are immutable and validated before they are stored or served; labels move by
/// compare-and-swap under a lock shared with other processes; a reload (at start, on demand, or on
/// file changes when watching) records valid unrecorded versions and reports everything else while
/// the last good content keeps serving.
/// </summary>
public sealed class FilePromptStore : IPromptCatalog, IDisposable
{
    private readonly PromptStoreOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PromptState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _gates = new(StringComparer.Ordinal);
    private readonly PromptFolderWatcher? _watcher;
    private volatile IReadOnlyList<PromptProblem> _rootProblems = [];
    private volatile PromptReloadReport _lastReload = new([], []);
    private volatile bool _disposed;

    /// <summary>Opens the folder (creating it if needed) and reloads it, which records versions a crash left unrecorded.</summary>
    public FilePromptStore(PromptStoreOptions options, ILogger<FilePromptStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        RootPath = Path.GetFullPath(options.RootPath);
        Validator = new PromptValidator(options.KnownTools, options.Variables);
        Directory.CreateDirectory(RootPath);
        Reload();

        if (options.WatchForChanges)
        {
            _watcher = new PromptFolderWatcher(RootPath, options.ReloadDebounce, () => Reload(), _logger);
        }
    }

    /// <summary>Raised after a version is created or adopted, a label changes, or a prompt's problems change.</summary>
    public event EventHandler<PromptStoreChange>? Changed;

    public string RootPath { get; }

    /// <summary>The validator the store uses, for checking a draft before saving it.</summary>
    public PromptValidator Validator { get; }

    /// <summary>The outcome of the latest reload, including the one at start.</summary>
    public PromptReloadReport LastReload => _lastReload;

    /// <summary>Everything wrong in the folder now: invalid files, tampered or missing versions, unusable labels.</summary>
    public IReadOnlyList<PromptProblem> Problems => _rootProblems
        .Concat(_states.Values.SelectMany(state => state.Problems))
        .OrderBy(problem => problem.File, StringComparer.Ordinal)
        .ThenBy(problem => problem.Line)
        .ThenBy(problem => problem.Column)
        .ToArray();

    public IReadOnlyList<string> ListPrompts() => _states.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The served versions of a prompt, oldest first.</summary>
    public IReadOnlyList<PromptVersion> ListVersions(string promptId) =>
        State(promptId).Versions.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToArray();

    /// <summary>Every label of a prompt with its history, including labels that are not served.</summary>
    public IReadOnlyList<PromptLabel> ListLabels(string promptId)
    {
        var state = State(promptId);
        return state.Labels.Labels
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new PromptLabel(pair.Key, pair.Value, state.ServedLabels.ContainsKey(pair.Key),
                state.Labels.History.TryGetValue(pair.Key, out var history) ? history.ToArray() : []))
            .ToArray();
    }

    public PromptVersion Resolve(string promptId, string label = PromptLabels.Production)
    {
        var state = State(promptId);
        if (state.ServedLabels.TryGetValue(label, out var version))
        {
            return state.Versions[version];
        }

        throw new PromptNotFoundException(promptId, state.Labels.Labels.TryGetValue(label, out var target)
            ? $"Label '{label}' of '{promptId}' points at version {target}, which is not served (see the store's problems)."
            : $"Prompt '{promptId}' has no label '{label}'.");
    }

    public PromptVersion Get(string promptId, int version) =>
        State(promptId).Versions.TryGetValue(version, out var found)
            ? found
            : throw new PromptNotFoundException(promptId, $"Version {version} of '{promptId}' does not exist or is not served (see the store's problems).");

    /// <summary>Line diff between two served versions' whole files.</summary>
    public PromptDiff Diff(string promptId, int fromVersion, int toVersion) =>
        PromptDiffer.Compare(Get(promptId, fromVersion), Get(promptId, toVersion));

    /// <summary>
    /// Creates the next version from a whole file text. id, version, author, created and parent are
    /// written by the store (they may be left out of the source); everything else is kept. The source
    /// is validated first, so problems point at lines of the text the caller sent.
    /// </summary>
    /// <param name="parent">The version this derives from; defaults to the production version.</param>
    /// <exception cref="PromptValidationException">The source is invalid; nothing was written.</exception>
    public PromptVersion CreateVersion(string promptId, string source, string author, int? parent = null)
    {
        PromptNames.EnsurePromptId(promptId);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var draft = Validator.ValidateDraft(promptId, source, $"{promptId}/(new version)");
        if (!draft.IsValid)
        {
            throw new PromptValidationException(draft.Problems);
        }

        Directory.CreateDirectory(Folder(promptId));
        return Write(promptId, state =>
        {
            if (parent is { } wanted && !state.Versions.ContainsKey(wanted))
            {
                throw new PromptNotFoundException(promptId, $"Parent version {wanted} of '{promptId}' does not exist or is not served.");
            }

            var number = state.HighestVersionOnDisk + 1;
            var metadata = draft.Version!.Metadata with
            {
                Id = promptId,
                Version = number,
                Author = author.Trim(),
                Created = DateOnly.FromDateTime(_options.TimeProvider.GetLocalNow().Date),
                Parent = parent ?? (state.ServedLabels.TryGetValue(PromptLabels.Production, out var production) ? production : null),
            };

            var name = PromptNames.VersionFileName(number);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(FrontMatterWriter.Write(metadata, draft.Version.Body));
            var final = Validator.Validate(bytes, $"{promptId}/{name}", promptId, number);
            if (!final.IsValid)
            {
                throw new PromptValidationException(final.Problems);
            }

            WriteNewFile(Folder(promptId), name, bytes);
            var labels = state.Labels.Clone();
            labels.Manifest[number] = final.Version!.ContentHash;
            LabelsFile.Write(Folder(promptId), labels);

            var created = new PromptStoreChange(PromptStoreChangeKind.VersionCreated, promptId, Now)
            {
                Version = number,
                PreviousVersion = metadata.Parent,
                By = metadata.Author,
                // The audit trail says why a version exists: its description, as for versions adopted from git.
                Reason = metadata.Description,
            };
            return (final.Version, Rescan(promptId, state, labels, final.Version), created);
        });
    }

    /// <summary>Creates the next version as changes to a parent (production by default); what the edit leaves null is kept.</summary>
    /// <exception cref="PromptValidationException">The result is invalid; problem lines refer to the composed file.</exception>
    public PromptVersion CreateVersion(string promptId, PromptEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var parent = edit.Parent is { } number ? Get(promptId, number) : Resolve(promptId);
        var metadata = parent.Metadata with
        {
            Description = edit.Description ?? parent.Metadata.Description,
            Policy = edit.Policy ?? parent.Policy,
        };
        return CreateVersion(promptId, FrontMatterWriter.Write(metadata, edit.Body ?? parent.Body), edit.Author, parent.Number);
    }

    /// <summary>
    /// Points a label at a served version. With <paramref name="expectedCurrentVersion"/> this is a
    /// compare-and-swap: of concurrent movers expecting the same version, in any process, one wins.
    /// Moving a label to where it already points changes nothing and raises no event.
    /// </summary>
    /// <exception cref="LabelConflictException">The label does not point at the expected version; nothing changed.</exception>
    /// <exception cref="PromptNotFoundException">The version is not served.</exception>
    public PromptStoreChange MoveLabel(string promptId, string label, int version, int? expectedCurrentVersion = null, string? by = null, string? reason = null) =>
        ChangeLabel(promptId, label, expectedCurrentVersion, mustExist: false, (state, current, labels) =>
        {
            if (!state.Versions.ContainsKey(version))
            {
                throw new PromptNotFoundException(promptId, $"Version {version} of '{promptId}' does not exist or is not served; label '{label}' was not moved.");
            }

            var change = new PromptStoreChange(PromptStoreChangeKind.LabelMoved, promptId, Now)
            {
                Label = label,
                Version = version,
                PreviousVersion = current,
                By = by,
                Reason = reason,
            };
            if (current == version)
            {
                return (change, false);
            }

            var history = labels.History.GetValueOrDefault(label) ?? [];
            if (history.Count == 0 && current is { } before)
            {
                // A label written by hand has no history; keep where it pointed so a rollback can return there.
                history.Add(new LabelHistoryEntry(before, change.At, null, "version before the first recorded move"));
            }

            history.Add(new LabelHistoryEntry(version, change.At, by, reason));
            labels.History[label] = history;
            labels.Labels[label] = version;
            return (change, true);
        });

    /// <summary>Moves a label back to the version it pointed at before its latest move (popping its history).</summary>
    /// <exception cref="PromptStoreException">There is no earlier version, or it is not served.</exception>
    /// <exception cref="LabelConflictException">The label does not point at the expected version.</exception>
    public PromptStoreChange Rollback(string promptId, string label = PromptLabels.Production, int? expectedCurrentVersion = null, string? by = null, string? reason = null) =>
        ChangeLabel(promptId, label, expectedCurrentVersion, mustExist: true, (state, current, labels) =>
        {
            var history = labels.History.GetValueOrDefault(label)?.ToList() ?? [];
            while (history.Count > 0 && history[^1].Version == current)
            {
                history.RemoveAt(history.Count - 1);
            }

            if (history.Count == 0)
            {
                throw new PromptStoreException($"Label '{label}' of '{promptId}' has no earlier version to roll back to.");
            }

            var target = history[^1].Version;
            if (!state.Versions.ContainsKey(target))
            {
                throw new PromptStoreException($"Label '{label}' of '{promptId}' cannot roll back to version {target}: it is not served (see the store's problems).");
            }

            labels.History[label] = history;
            labels.Labels[label] = target;
            return (new PromptStoreChange(PromptStoreChangeKind.LabelRolledBack, promptId, Now)
            {
                Label = label,
                Version = target,
                PreviousVersion = current,
                By = by,
                Reason = reason,
            }, true);
        });

    /// <summary>Deletes a label and its history (for example a rejected candidate). Production cannot be removed.</summary>
    public PromptStoreChange RemoveLabel(string promptId, string label, int? expectedCurrentVersion = null, string? by = null, string? reason = null)
    {
        if (label == PromptLabels.Production)
        {
            throw new PromptStoreException("The production label cannot be removed; move it or roll it back instead.");
        }

        return ChangeLabel(promptId, label, expectedCurrentVersion, mustExist: true, (_, current, labels) =>
        {
            labels.Labels.Remove(label);
            labels.History.Remove(label);
            return (new PromptStoreChange(PromptStoreChangeKind.LabelRemoved, promptId, Now)
            {
                Label = label,
                PreviousVersion = current,
                By = by,
                Reason = reason,
            }, true);
        });
    }

    /// <summary>
    /// Rescans the folder: new valid files are recorded and served, invalid ones reported and never
    /// served, changed recorded files reported while their recorded content keeps serving, labels
    /// pointing at unserved versions reported and not served. Runs at start and, when watching, after
    /// file changes; call it directly to reload deterministically.
    /// </summary>
    public PromptReloadReport Reload()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rootProblems = new List<PromptProblem>();
        var ids = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(RootPath))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (PromptNames.IsValidPromptId(name))
            {
                ids.Add(name);
            }
            else
            {
                rootProblems.Add(new PromptProblem(PromptProblemKind.FileName, name + "/", 1, 1,
                    "not a valid prompt id (lower-case letters, digits and dashes); the folder is ignored"));
            }
        }

        if (!_rootProblems.SequenceEqual(rootProblems))
        {
            foreach (var problem in rootProblems)
            {
                PromptStoreLog.Problem(_logger, problem);
            }
        }

        _rootProblems = rootProblems;
        var adopted = new List<PromptVersion>();
        var changes = new List<PromptStoreChange>();
        foreach (var id in ids.Union(_states.Keys).Order(StringComparer.Ordinal))
        {
            var (versions, found) = Refresh(id);
            adopted.AddRange(versions);
            changes.AddRange(found);
        }

        Raise(changes);
        var report = new PromptReloadReport(adopted, Problems);
        _lastReload = report;
        return report;
    }

    public void Dispose()
    {
        _disposed = true;
        _watcher?.Dispose();
    }

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    private string Folder(string promptId) => Path.Combine(RootPath, promptId);

    private object Gate(string promptId) => _gates.GetOrAdd(promptId, _ => new object());

    private PromptState State(string promptId) =>
        _states.TryGetValue(promptId, out var state) ? state : throw new PromptNotFoundException(promptId, $"Prompt '{promptId}' does not exist.");

    private static int? CurrentVersion(PromptState state, string label) =>
        state.Labels.Labels.TryGetValue(label, out var version) ? version : null;

    private (List<PromptVersion> Adopted, List<PromptStoreChange> Changes) Refresh(string promptId)
    {
        lock (Gate(promptId))
        {
            var previous = _states.GetValueOrDefault(promptId);
            var adopted = new List<PromptVersion>();
            PromptState state;
            if (!Directory.Exists(Folder(promptId)))
            {
                if (previous is null)
                {
                    return ([], []);
                }

                // A folder can vanish for a moment (a checkout, a sync): keep serving rather than drop production.
                var missing = new PromptProblem(PromptProblemKind.MissingVersion, promptId + "/", 1, 1,
                    "the prompt folder is missing; the versions loaded before keep being served");
                state = previous with { LabelsReadable = false, Adoptable = new Dictionary<int, PromptVersion>(), Problems = [missing] };
            }
            else
            {
                state = Scan(promptId, previous?.Versions, previous?.Labels);
                if (state.Adoptable.Count > 0 && state.LabelsReadable)
                {
                    try
                    {
                        using var folderLock = FolderLock.Acquire(Folder(promptId), _options.LockTimeout, _options.TimeProvider);
                        (state, adopted) = ScanAndAdopt(promptId, previous);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or PromptStoreException)
                    {
                        PromptStoreLog.AdoptionFailed(_logger, e, promptId);
                        var unrecorded = state.Adoptable.Values.Select(version => new PromptProblem(PromptProblemKind.Unreadable, version.File, 1, 1,
                            $"the version is valid but could not be recorded, so it is not served: {e.Message}"));
                        state = state with { Problems = [.. state.Problems, .. unrecorded] };
                    }
                }
            }

            _states[promptId] = state;
            return (adopted, Differences(previous, state, adopted));
        }
    }

    /// <summary>Scans and records adoptable versions. The caller holds the gate and the folder lock.</summary>
    private (PromptState State, List<PromptVersion> Adopted) ScanAndAdopt(string promptId, PromptState? previous)
    {
        var state = Scan(promptId, previous?.Versions, previous?.Labels);
        if (state.Adoptable.Count == 0 || !state.LabelsReadable)
        {
            return (state, []);
        }

        var labels = state.Labels.Clone();
        foreach (var (number, version) in state.Adoptable)
        {
            labels.Manifest[number] = version.ContentHash;
        }

        LabelsFile.Write(Folder(promptId), labels);
        var adopted = state.Adoptable.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList();
        foreach (var version in adopted)
        {
            PromptStoreLog.Adopted(_logger, promptId, version.Number);
        }

        return (Rescan(promptId, state, labels, [.. adopted]), adopted);
    }

    private PromptState Scan(string promptId, IReadOnlyDictionary<int, PromptVersion>? known, LabelsDocument? previousLabels) =>
        PromptFolderScanner.Scan(Folder(promptId), promptId, Validator, known ?? new Dictionary<int, PromptVersion>(), previousLabels);

    private PromptState Rescan(string promptId, PromptState state, LabelsDocument labels, params PromptVersion[] added)
    {
        var known = new Dictionary<int, PromptVersion>(state.Versions);
        foreach (var version in added)
        {
            known[version.Number] = version;
        }

        return Scan(promptId, known, labels);
    }

    /// <summary>
    /// The compare-and-swap every label mutation shares: on the freshly read state, the label must exist when
    /// <paramref name="mustExist"/> and point at <paramref name="expectedCurrentVersion"/> when one is given; the
    /// mutation then edits a copy of the labels, which is written only when it reports a change.
    /// </summary>
    private PromptStoreChange ChangeLabel(
        string promptId, string label, int? expectedCurrentVersion, bool mustExist,
        Func<PromptState, int?, LabelsDocument, (PromptStoreChange Change, bool Changed)> mutate)
    {
        PromptNames.EnsurePromptId(promptId);
        PromptNames.EnsureLabel(label);
        return Write(promptId, state =>
        {
            var current = CurrentVersion(state, label);
            if (mustExist && current is null)
            {
                throw new PromptNotFoundException(promptId, $"Prompt '{promptId}' has no label '{label}'.");
            }

            if (expectedCurrentVersion is { } expected && current != expected)
            {
                throw new LabelConflictException(promptId, label, expected, current);
            }

            var labels = state.Labels.Clone();
            var (change, changed) = mutate(state, current, labels);
            if (!changed)
            {
                return (change, state, (PromptStoreChange?)null);
            }

            LabelsFile.Write(Folder(promptId), labels);
            return (change, Rescan(promptId, state, labels), change);
        });
    }

    /// <summary>
    /// Runs a change under the in-process gate and the cross-process folder lock, on a state freshly
    /// read from disk, so the compare-and-swap sees what other processes wrote.
    /// </summary>
    private T Write<T>(string promptId, Func<PromptState, (T Result, PromptState State, PromptStoreChange? Change)> operation)
    {
        var changes = new List<PromptStoreChange>();
        try
        {
            lock (Gate(promptId))
            {
                if (!Directory.Exists(Folder(promptId)))
                {
                    throw new PromptNotFoundException(promptId, $"Prompt '{promptId}' does not exist.");
                }

                using var folderLock = FolderLock.Acquire(Folder(promptId), _options.LockTimeout, _options.TimeProvider);
                var previous = _states.GetValueOrDefault(promptId);
                var (state, adopted) = ScanAndAdopt(promptId, previous);
                _states[promptId] = state;
                changes.AddRange(Differences(previous, state, adopted));
                if (!state.LabelsReadable)
                {
                    var problem = state.Problems.First(problem => problem.Kind == PromptProblemKind.LabelsFile);
                    throw new PromptStoreException($"Nothing was changed because {problem.File} cannot be used; fix it first. {problem}");
                }

                var (result, updated, change) = operation(state);
                _states[promptId] = updated;
                if (change is not null)
                {
                    changes.Add(change);
                }

                return result;
            }
        }
        finally
        {
            Raise(changes);
        }
    }

    private List<PromptStoreChange> Differences(PromptState? previous, PromptState state, List<PromptVersion> adopted)
    {
        var changes = adopted
            .Select(version => new PromptStoreChange(PromptStoreChangeKind.VersionAdopted, state.Id, Now) { Version = version.Number, By = version.Metadata.Author, Reason = version.Metadata.Description })
            .ToList();
        if (previous is not null)
        {
            foreach (var label in previous.ServedLabels.Keys.Union(state.ServedLabels.Keys).Order(StringComparer.Ordinal))
            {
                int? before = previous.ServedLabels.TryGetValue(label, out var b) ? b : null;
                int? after = state.ServedLabels.TryGetValue(label, out var a) ? a : null;
                if (before != after)
                {
                    changes.Add(new PromptStoreChange(PromptStoreChangeKind.LabelChangedOnDisk, state.Id, Now) { Label = label, Version = after, PreviousVersion = before });
                }
            }
        }

        if (!(previous?.Problems ?? []).SequenceEqual(state.Problems))
        {
            changes.Add(new PromptStoreChange(PromptStoreChangeKind.ProblemsChanged, state.Id, Now) { Problems = state.Problems });
        }

        return changes;
    }

    private void Raise(List<PromptStoreChange> changes)
    {
        foreach (var change in changes)
        {
            foreach (var problem in change.Problems)
            {
                PromptStoreLog.Problem(_logger, problem);
            }

            try
            {
                Changed?.Invoke(this, change);
            }
            catch (Exception e)
            {
                // A failing subscriber (an audit write, a notification) must not undo or block a change already on disk.
                PromptStoreLog.HandlerFailed(_logger, e, change.Kind, change.PromptId);
            }
        }
    }

    private static void WriteNewFile(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // Without overwrite: an existing version file is never replaced.
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
