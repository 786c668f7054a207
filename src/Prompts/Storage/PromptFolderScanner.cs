using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Storage;

/// <summary>
/// Reads one prompt folder and decides what may be served. Only content whose hash matches the
/// manifest is served; a changed or deleted recorded file keeps serving the copy already in memory,
/// if any, and is reported. Reads only: recording adoptable versions is the store's job, under its lock.
/// </summary>
internal static class PromptFolderScanner
{
    /// <param name="known">Versions validated before, reused when the file's hash is unchanged.</param>
    /// <param name="previousLabels">The last readable labels, used when labels.json has become unreadable.</param>
    public static PromptState Scan(string folder, string promptId, PromptValidator validator,
        IReadOnlyDictionary<int, PromptVersion> known, LabelsDocument? previousLabels)
    {
        var problems = new List<PromptProblem>();
        var labels = LabelsFile.Read(folder, promptId, out var labelsProblem);
        var readable = labels is not null;
        if (labelsProblem is not null)
        {
            problems.Add(labelsProblem);
        }

        labels ??= previousLabels ?? new LabelsDocument();
        var files = VersionFiles(folder, promptId, problems);
        var served = new Dictionary<int, PromptVersion>();
        var adoptable = new Dictionary<int, PromptVersion>();

        foreach (var (version, path) in files)
        {
            var file = $"{promptId}/{PromptNames.VersionFileName(version)}";
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (IOException e)
            {
                problems.Add(new PromptProblem(PromptProblemKind.Unreadable, file, 1, 1, $"the file cannot be read: {e.Message}"));
                continue;
            }

            var hash = PromptValidator.Hash(bytes);
            known.TryGetValue(version, out var inMemory);
            if (labels.Manifest.TryGetValue(version, out var recorded))
            {
                if (hash != recorded)
                {
                    var keeps = inMemory?.ContentHash == recorded;
                    problems.Add(new PromptProblem(PromptProblemKind.Tampered, file, 1, 1,
                        "the file changed after the version was recorded; versions are immutable, create a new version instead. "
                        + (keeps ? "The recorded content keeps being served." : "This version is not served.")));
                    if (keeps)
                    {
                        served[version] = inMemory!;
                    }

                    continue;
                }

                if (Validate(inMemory, hash, bytes, file, promptId, version, validator, problems) is { } valid)
                {
                    served[version] = valid;
                }
            }
            else if (Validate(inMemory, hash, bytes, file, promptId, version, validator, problems) is { } valid)
            {
                adoptable[version] = valid;
            }
        }

        foreach (var (version, recorded) in labels.Manifest.Where(pair => !files.ContainsKey(pair.Key)))
        {
            var keeps = known.TryGetValue(version, out var inMemory) && inMemory.ContentHash == recorded;
            problems.Add(new PromptProblem(PromptProblemKind.MissingVersion, $"{promptId}/{PromptNames.VersionFileName(version)}", 1, 1,
                "the file of this recorded version is missing. " + (keeps ? "The copy in memory keeps being served." : "This version is not served.")));
            if (keeps)
            {
                served[version] = inMemory!;
            }
        }

        if (!readable)
        {
            problems.AddRange(adoptable.Values.Select(version => new PromptProblem(PromptProblemKind.LabelsFile, version.File, 1, 1,
                "the version is valid but cannot be recorded while labels.json is unusable, so it is not served")));
        }

        var servedLabels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, version) in labels.Labels)
        {
            if (served.ContainsKey(version))
            {
                servedLabels[label] = version;
                continue;
            }

            var why = files.ContainsKey(version) || labels.Manifest.ContainsKey(version) ? "which is not valid or not recorded" : "which does not exist";
            problems.Add(new PromptProblem(PromptProblemKind.LabelTarget, $"{promptId}/{LabelsFile.FileName}", 1, 1,
                $"label '{label}' points at version {version}, {why}; the label is not served"));
        }

        var highest = files.Keys.Concat(labels.Manifest.Keys).DefaultIfEmpty(0).Max();
        return new PromptState(promptId, served, labels, readable, servedLabels, adoptable, highest, problems);
    }

    private static PromptVersion? Validate(PromptVersion? inMemory, string hash, byte[] bytes, string file, string promptId, int version,
        PromptValidator validator, List<PromptProblem> problems)
    {
        if (inMemory?.ContentHash == hash)
        {
            return inMemory;
        }

        var result = validator.Validate(bytes, file, promptId, version);
        problems.AddRange(result.Problems);
        return result.Version;
    }

    private static Dictionary<int, string> VersionFiles(string folder, string promptId, List<PromptProblem> problems)
    {
        var files = new Dictionary<int, string>();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (PromptNames.TryParseVersionFileName(name, out var version))
            {
                files[version] = path;
            }
            else if (name.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new PromptProblem(PromptProblemKind.FileName, $"{promptId}/{name}", 1, 1,
                    "not a version file: name versions v1.scriban, v2.scriban, ... (the file is ignored)"));
            }
        }

        return files;
    }
}
