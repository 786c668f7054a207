using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Storage;

public sealed class PromptStoreReconcileTests : IDisposable
{
    private readonly TempPromptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_version_written_but_not_recorded_before_a_crash_is_adopted_on_start()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 1);
        }

        // The crash: the version file reached the disk, the manifest update did not.
        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola {{ customer?.name }}, bienvenido", parent: 1));
        using var reopened = _folder.OpenStore();

        var adopted = Assert.Single(reopened.LastReload.Adopted);
        Assert.Equal(("greeting", 2), (adopted.Id, adopted.Number));
        Assert.Empty(reopened.Problems);
        Assert.Contains($"\"2\": \"{adopted.ContentHash}\"", _folder.Read("greeting", "labels.json"), StringComparison.Ordinal);
        Assert.Equal(1, reopened.Resolve("greeting").Number);
        Assert.Equal(2, reopened.Get("greeting", 2).Number);
    }

    [Fact]
    public void An_invalid_unrecorded_version_is_reported_and_never_served_or_overwritten()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 1);
        }

        _folder.Write("greeting", "v2.scriban", Sources.Truncated("greeting", 2));
        using var reopened = _folder.OpenStore();

        Assert.Empty(reopened.LastReload.Adopted);
        var problem = Assert.Single(reopened.Problems);
        Assert.Equal((PromptProblemKind.FrontMatter, "greeting/v2.scriban", 1, 1), (problem.Kind, problem.File, problem.Line, problem.Column));
        Assert.Throws<PromptNotFoundException>(() => reopened.Get("greeting", 2));
        Assert.Equal(3, reopened.CreateVersion("greeting", StoreFixtures.Draft("Hola de nuevo"), "ana").Number);
        Assert.Equal(Sources.Truncated("greeting", 2), _folder.Read("greeting", "v2.scriban"));
    }

    [Fact]
    public void A_label_pointing_at_a_missing_or_invalid_version_is_reported_and_not_served()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 2);
            store.MoveLabel("greeting", PromptLabels.Candidate, 2);
        }

        var labels = _folder.Read("greeting", "labels.json")
            .Replace("\"candidate\": 2", "\"candidate\": 7", StringComparison.Ordinal);
        _folder.Write("greeting", "labels.json", labels);
        using var reopened = _folder.OpenStore();

        var problem = Assert.Single(reopened.Problems);
        Assert.Equal(
            new PromptProblem(PromptProblemKind.LabelTarget, "greeting/labels.json", 1, 1, "label 'candidate' points at version 7, which does not exist; the label is not served"),
            problem);
        var error = Assert.Throws<PromptNotFoundException>(() => reopened.Resolve("greeting", PromptLabels.Candidate));
        Assert.Contains("points at version 7, which is not served", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, reopened.Resolve("greeting").Number);
        Assert.Equal([("candidate", false), ("production", true)], reopened.ListLabels("greeting").Select(label => (label.Name, label.IsServed)));
    }

    [Fact]
    public void An_unreadable_labels_file_is_reported_with_its_position_and_never_overwritten()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 2);
        }

        const string broken = "{\n  \"labels\": { \"production\": 2, }\n}\n";
        _folder.Write("greeting", "labels.json", broken);
        _folder.Write("greeting", "v3.scriban", Sources.Version("greeting", 3, "Hola v3"));
        using var reopened = _folder.OpenStore();

        var problems = reopened.Problems;
        Assert.Equal(
            [
                (PromptProblemKind.LabelsFile, "greeting/labels.json", 2, 32),
                (PromptProblemKind.LabelsFile, "greeting/v1.scriban", 1, 1),
                (PromptProblemKind.LabelsFile, "greeting/v2.scriban", 1, 1),
                (PromptProblemKind.LabelsFile, "greeting/v3.scriban", 1, 1),
            ],
            problems.Select(problem => (problem.Kind, problem.File, problem.Line, problem.Column)));
        Assert.Throws<PromptNotFoundException>(() => reopened.Resolve("greeting"));
        // Without a manifest no content can be verified, so nothing is served.
        Assert.Empty(reopened.ListVersions("greeting"));
        var refused = Assert.Throws<PromptStoreException>(() => reopened.MoveLabel("greeting", PromptLabels.Production, 1));
        Assert.StartsWith("Nothing was changed because greeting/labels.json cannot be used", refused.Message, StringComparison.Ordinal);
        Assert.Throws<PromptStoreException>(() => reopened.CreateVersion("greeting", StoreFixtures.Draft("Hola"), "ana"));
        Assert.Equal(broken, _folder.Read("greeting", "labels.json"));
    }

    [Fact]
    public void Misnamed_files_and_folders_are_reported_and_ignored()
    {
        _folder.Write("Bad Prompt", "v1.scriban", Sources.Version("bad", 1, "x"));
        _folder.Write("greeting", "v01.scriban", Sources.Version("greeting", 1, "x"));
        _folder.Write("greeting", "notes.md", "not a prompt");

        using var store = _folder.OpenStore();

        Assert.Equal(
            [("Bad Prompt/", PromptProblemKind.FileName), ("greeting/v01.scriban", PromptProblemKind.FileName)],
            store.Problems.Select(problem => (problem.File, problem.Kind)));
        Assert.Equal(["greeting"], store.ListPrompts());
        Assert.Empty(store.ListVersions("greeting"));
    }
}
