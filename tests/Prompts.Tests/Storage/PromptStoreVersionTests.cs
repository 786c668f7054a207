using System.Security.Cryptography;
using System.Text.Json;
using AgentSupport.Prompts.Diffing;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Prompts.Tests.Storage;

public sealed class PromptStoreVersionTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 3, 9, 15, 0, 0, TimeSpan.Zero);

    private readonly TempPromptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CreateVersion_writes_the_next_number_stamps_identity_and_records_the_hash()
    {
        using var store = _folder.OpenStore(time: new FixedTimeProvider(Today));
        var changes = StoreFixtures.Record(store);

        var first = store.CreateVersion("greeting", StoreFixtures.Draft("Hola v1"), "ana");
        store.MoveLabel("greeting", PromptLabels.Production, 1);
        var second = store.CreateVersion("greeting", "---\nid: greeting\nversion: 99\nauthor: someone else\nparent: 1\ndescription: Second\n---\nHola v2\n", "luis");

        Assert.Equal((1, (int?)null), (first.Number, first.Metadata.Parent));
        Assert.Equal((2, (int?)1, "luis", new DateOnly(2026, 3, 9)), (second.Number, second.Metadata.Parent, second.Metadata.Author, second.Metadata.Created));
        Assert.Equal(
            "---\nid: greeting\nversion: 2\ndescription: Second\nauthor: luis\ncreated: 2026-03-09\nparent: 1\nenabled_tools: []\nmax_turns: 6\n"
            + "escalate_after_failed_tools: 2\nlanguages: [es, en]\nresponse_format: text\n---\nHola v2\n",
            _folder.Read("greeting", "v2.scriban"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_folder.PathOf("greeting", "v2.scriban")))), second.ContentHash);
        Assert.Equal(second.ContentHash, Manifest()["2"]);
        Assert.Equal(first.ContentHash, Manifest()["1"]);
        Assert.Equal([1, 2], store.ListVersions("greeting").Select(version => version.Number));
        Assert.Contains(changes, change => change is { Kind: PromptStoreChangeKind.VersionCreated, Version: 2, PreviousVersion: 1, By: "luis", Reason: "Second" });
    }

    [Fact]
    public void Version_numbers_are_never_reused_and_existing_files_never_overwritten()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);
        _folder.Write("greeting", "v3.scriban", Sources.Truncated("greeting", 3));
        store.Reload();

        var created = store.CreateVersion("greeting", StoreFixtures.Draft("Hola otra vez"), "ana");

        Assert.Equal(4, created.Number);
        Assert.Equal(Sources.Truncated("greeting", 3), _folder.Read("greeting", "v3.scriban"));
        Assert.Contains("Hola {{ customer?.name }} v1", _folder.Read("greeting", "v1.scriban"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_source_is_rejected_with_positions_in_the_callers_text_and_nothing_is_written()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);
        var labelsBefore = _folder.Read("greeting", "labels.json");

        var error = Assert.Throws<PromptValidationException>(() =>
            store.CreateVersion("greeting", StoreFixtures.Draft("Hola\nTotal: {{ 1 + }}"), "ana"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((PromptProblemKind.Syntax, "greeting/(new version)", 6, 15), (problem.Kind, problem.File, problem.Line, problem.Column));
        Assert.Equal(["v1.scriban"], Directory.GetFiles(Path.Combine(_folder.Root, "greeting"), "*.scriban").Select(Path.GetFileName));
        Assert.Equal(labelsBefore, _folder.Read("greeting", "labels.json"));
    }

    [Fact]
    public void Edit_inherits_what_it_does_not_change_from_the_production_parent()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);

        var edited = store.CreateVersion("greeting", new PromptEdit
        {
            Author = "ana",
            Body = "Buenos días {{ customer?.name }}\n",
            Policy = store.Get("greeting", 1).Policy with { MaxTurns = 4 },
        });

        Assert.Equal(3, edited.Number);
        Assert.Equal(1, edited.Metadata.Parent);
        Assert.Equal("Greets the customer", edited.Metadata.Description);
        Assert.Equal(4, edited.Policy.MaxTurns);
        Assert.Equal(["Tickets"], edited.Policy.EnabledTools);
        Assert.Equal("Buenos días {{ customer?.name }}\n", edited.Body);
    }

    [Fact]
    public void Unknown_parent_is_refused()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);

        Assert.Throws<PromptNotFoundException>(() => store.CreateVersion("greeting", StoreFixtures.Draft("Hola"), "ana", parent: 7));
        Assert.Single(store.ListVersions("greeting"));
    }

    [Fact]
    public void Tampered_version_is_reported_on_start_and_not_served()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 2);
        }

        File.AppendAllText(_folder.PathOf("greeting", "v1.scriban"), "Edited by hand\n");
        using var reopened = _folder.OpenStore();

        var problem = Assert.Single(reopened.Problems, problem => problem.Kind == PromptProblemKind.Tampered);
        Assert.Equal("greeting/v1.scriban", problem.File);
        Assert.EndsWith("This version is not served.", problem.Message, StringComparison.Ordinal);
        Assert.Throws<PromptNotFoundException>(() => reopened.Get("greeting", 1));
        Assert.Throws<PromptNotFoundException>(() => reopened.Resolve("greeting"));
        Assert.Equal(2, reopened.Get("greeting", 2).Number);
    }

    [Fact]
    public void Tampered_version_keeps_serving_its_recorded_content_while_running()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);
        var original = store.Get("greeting", 1);

        File.AppendAllText(_folder.PathOf("greeting", "v1.scriban"), "Edited by hand\n");
        store.Reload();

        var problem = Assert.Single(store.Problems);
        Assert.Equal((PromptProblemKind.Tampered, "greeting/v1.scriban"), (problem.Kind, problem.File));
        Assert.EndsWith("The recorded content keeps being served.", problem.Message, StringComparison.Ordinal);
        Assert.Same(original, store.Resolve("greeting"));
        Assert.DoesNotContain("Edited by hand", store.Get("greeting", 1).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_version_file_is_reported_and_served_from_memory_until_restart()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);

        File.Delete(_folder.PathOf("greeting", "v1.scriban"));
        store.Reload();

        Assert.Equal(PromptProblemKind.MissingVersion, Assert.Single(store.Problems).Kind);
        Assert.Equal(1, store.Resolve("greeting").Number);
        using var reopened = _folder.OpenStore();
        Assert.Throws<PromptNotFoundException>(() => reopened.Get("greeting", 1));
    }

    [Fact]
    public void Diff_between_versions_shows_the_changed_lines()
    {
        using var store = _folder.OpenStore(time: new FixedTimeProvider(Today));
        StoreFixtures.SeedGreeting(store, 2);

        var text = UnifiedDiffRenderer.Render(store.Diff("greeting", 1, 2), contextLines: 0);

        Assert.Equal(
            "--- greeting/v1.scriban\n+++ greeting/v2.scriban\n@@ -3 +3 @@\n-version: 1\n+version: 2\n@@ -7 +7 @@\n-parent:\n+parent: 1\n"
            + "@@ -14 +14 @@\n-Hola {{ customer?.name }} v1\n+Hola {{ customer?.name }} v2\n",
            text);
    }

    private Dictionary<string, string> Manifest()
    {
        using var document = JsonDocument.Parse(_folder.Read("greeting", "labels.json"));
        return document.RootElement.GetProperty("manifest").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString()!);
    }
}
