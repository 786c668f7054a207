using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Storage;

public sealed class PromptStoreHotReloadTests : IDisposable
{
    private readonly TempPromptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reload_serves_a_good_new_file_and_raises_an_adoption()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);
        var changes = StoreFixtures.Record(store);

        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola v2", parent: 1));
        var report = store.Reload();

        Assert.Equal(2, Assert.Single(report.Adopted).Number);
        Assert.Equal("Hola v2\n", store.Get("greeting", 2).Body);
        Assert.Contains(changes, change => change is { Kind: PromptStoreChangeKind.VersionAdopted, Version: 2, By: "tester" });
    }

    [Fact]
    public void Reload_reports_a_broken_file_never_serves_it_and_serves_it_once_fixed()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);
        var changes = StoreFixtures.Record(store);

        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola {{ if customer }}"));
        store.Reload();

        var problem = Assert.Single(store.Problems);
        Assert.Equal((PromptProblemKind.Syntax, "greeting/v2.scriban", 10), (problem.Kind, problem.File, problem.Line));
        Assert.Throws<PromptNotFoundException>(() => store.Get("greeting", 2));
        Assert.Equal(1, store.Resolve("greeting").Number);
        var reported = Assert.Single(changes);
        Assert.Equal((PromptStoreChangeKind.ProblemsChanged, problem), (reported.Kind, Assert.Single(reported.Problems)));

        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola {{ if customer }}{{ customer.name }}{{ end }}"));
        store.Reload();

        Assert.Empty(store.Problems);
        Assert.Equal(2, store.Get("greeting", 2).Number);
    }

    [Fact]
    public void Reload_picks_up_a_label_moved_by_another_process()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);
        var changes = StoreFixtures.Record(store);
        using (var other = _folder.OpenStore())
        {
            other.MoveLabel("greeting", PromptLabels.Production, 2, expectedCurrentVersion: 1, by: "cli");
        }

        store.Reload();

        Assert.Equal(2, store.Resolve("greeting").Number);
        Assert.Equal(
            [new PromptStoreChange(PromptStoreChangeKind.LabelChangedOnDisk, "greeting", changes.Single().At) { Label = "production", Version = 2, PreviousVersion = 1 }],
            changes);
    }

    [Fact]
    public void A_labels_file_broken_while_running_keeps_the_last_good_labels_serving()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);

        _folder.Write("greeting", "labels.json", "{ \"labels\": ");
        store.Reload();

        Assert.Equal(PromptProblemKind.LabelsFile, Assert.Single(store.Problems).Kind);
        Assert.Equal(1, store.Resolve("greeting").Number);
        Assert.Equal(2, store.ListVersions("greeting").Count);
    }

    [Fact]
    public void Watcher_serves_a_good_new_file()
    {
        using var store = _folder.OpenStore(watch: true);
        StoreFixtures.SeedGreeting(store, 1);
        var changes = StoreFixtures.Record(store);

        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola desde el editor", parent: 1));

        Assert.True(Eventually.True(() => store.ListVersions("greeting").Count == 2), "the watcher did not load v2 within 5 s");
        Assert.Equal("Hola desde el editor\n", store.Get("greeting", 2).Body);
        Assert.True(Eventually.True(() => changes.Any(change => change.Kind == PromptStoreChangeKind.VersionAdopted)));
    }

    [Fact]
    public void Watcher_reports_a_broken_file_and_never_serves_it()
    {
        using var store = _folder.OpenStore(watch: true);
        StoreFixtures.SeedGreeting(store, 1);
        var served = new List<int>();
        store.Changed += (_, change) =>
        {
            if (change.Kind == PromptStoreChangeKind.VersionAdopted && change.Version is { } version)
            {
                served.Add(version);
            }
        };

        _folder.Write("greeting", "v2.scriban", Sources.Version("greeting", 2, "Hola {{ contexto }}"));

        // An editor's save can reach the watcher in pieces (an empty file, then its text): wait for the final verdict.
        Assert.True(Eventually.True(() => store.Problems.Any(problem => problem.File == "greeting/v2.scriban" && problem.Kind == PromptProblemKind.UnknownVariable)),
            "the watcher did not report v2's unknown variable within 5 s");
        var problem = Assert.Single(store.Problems);
        Assert.Equal((PromptProblemKind.UnknownVariable, 10, 9), (problem.Kind, problem.Line, problem.Column));
        Assert.Throws<PromptNotFoundException>(() => store.Get("greeting", 2));
        Assert.Equal(1, store.Resolve("greeting").Number);
        Assert.Empty(served);
    }
}
