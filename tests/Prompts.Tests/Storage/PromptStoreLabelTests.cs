using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Tests.Support;
namespace AgentSupport.Prompts.Tests.Storage;

public sealed class PromptStoreLabelTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 9, 12, 0, 0, TimeSpan.Zero);

    private readonly TempPromptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MoveLabel_points_the_label_records_history_and_raises_an_audit_change()
    {
        using var store = _folder.OpenStore(time: new FixedTimeProvider(Noon));
        StoreFixtures.SeedGreeting(store, 2);
        var changes = StoreFixtures.Record(store);

        var change = store.MoveLabel("greeting", PromptLabels.Production, 2, expectedCurrentVersion: 1, by: "admin@agentsupport", reason: "candidate won");

        Assert.Equal(
            new PromptStoreChange(PromptStoreChangeKind.LabelMoved, "greeting", Noon)
            {
                Label = "production", Version = 2, PreviousVersion = 1, By = "admin@agentsupport", Reason = "candidate won",
            },
            change);
        Assert.Equal([change], changes);
        Assert.Equal(2, store.Resolve("greeting").Number);
        var label = Assert.Single(store.ListLabels("greeting"));
        Assert.Equal(("production", 2, true), (label.Name, label.Version, label.IsServed));
        Assert.Equal(
            [new LabelHistoryEntry(1, Noon, "tester", "first release"), new LabelHistoryEntry(2, Noon, "admin@agentsupport", "candidate won")],
            label.History);
        using var reopened = _folder.OpenStore();
        Assert.Equal(2, reopened.Resolve("greeting").Number);
    }

    [Fact]
    public void MoveLabel_with_a_stale_expected_version_fails_with_the_current_state_and_changes_nothing()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 3);
        var before = _folder.Read("greeting", "labels.json");

        var conflict = Assert.Throws<LabelConflictException>(() => store.MoveLabel("greeting", PromptLabels.Production, 3, expectedCurrentVersion: 2));

        Assert.Equal(("greeting", "production", (int?)2, (int?)1), (conflict.PromptId, conflict.Label, conflict.ExpectedVersion, conflict.CurrentVersion));
        Assert.Equal("Label 'production' of 'greeting' points at version 1, not at version 2 as expected.", conflict.Message);
        Assert.Equal(before, _folder.Read("greeting", "labels.json"));
        Assert.Equal(1, store.Resolve("greeting").Number);
    }

    [Fact]
    public void A_new_label_can_be_created_and_a_missing_label_is_not_found()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);

        store.MoveLabel("greeting", PromptLabels.Candidate, 2, by: "workbench");

        Assert.Equal(2, store.Resolve("greeting", PromptLabels.Candidate).Number);
        Assert.Throws<PromptNotFoundException>(() => store.Resolve("greeting", "beta"));
        Assert.Throws<PromptNotFoundException>(() => store.Resolve("unknown"));
    }

    [Fact]
    public void MoveLabel_refuses_a_version_that_is_not_served_and_bad_label_names()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 1);
        _folder.Write("greeting", "v2.scriban", Sources.Truncated("greeting", 2));
        store.Reload();

        Assert.Throws<PromptNotFoundException>(() => store.MoveLabel("greeting", PromptLabels.Production, 2));
        Assert.Throws<PromptNotFoundException>(() => store.MoveLabel("greeting", PromptLabels.Production, 9));
        Assert.Throws<ArgumentException>(() => store.MoveLabel("greeting", "Prod Label", 1));
        Assert.Equal(1, store.Resolve("greeting").Number);
    }

    [Fact]
    public void Rollback_walks_production_back_through_its_history()
    {
        using var store = _folder.OpenStore(time: new FixedTimeProvider(Noon));
        StoreFixtures.SeedGreeting(store, 3);
        store.MoveLabel("greeting", PromptLabels.Production, 2);
        store.MoveLabel("greeting", PromptLabels.Production, 3);
        var changes = StoreFixtures.Record(store);

        var first = store.Rollback("greeting", by: "admin", reason: "csat dropped");
        var second = store.Rollback("greeting");

        Assert.Equal((PromptStoreChangeKind.LabelRolledBack, 2, (int?)3, "admin", "csat dropped"), (first.Kind, first.Version!.Value, first.PreviousVersion, first.By, first.Reason));
        Assert.Equal((1, (int?)2), (second.Version!.Value, second.PreviousVersion));
        Assert.Equal([first, second], changes);
        Assert.Equal(1, store.Resolve("greeting").Number);
        Assert.Equal([1], store.ListLabels("greeting")[0].History.Select(entry => entry.Version));
        var nothingLeft = Assert.Throws<PromptStoreException>(() => store.Rollback("greeting"));
        Assert.Equal("Label 'production' of 'greeting' has no earlier version to roll back to.", nothingLeft.Message);
    }

    [Fact]
    public void Rollback_honours_the_expected_version()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);
        store.MoveLabel("greeting", PromptLabels.Production, 2);

        Assert.Throws<LabelConflictException>(() => store.Rollback("greeting", expectedCurrentVersion: 1));
        Assert.Equal(1, store.Rollback("greeting", expectedCurrentVersion: 2).Version);
    }

    [Fact]
    public void A_label_written_by_hand_without_history_can_still_be_rolled_back_after_a_move()
    {
        using (var store = _folder.OpenStore())
        {
            StoreFixtures.SeedGreeting(store, 3);
        }

        var labels = _folder.Read("greeting", "labels.json");
        var manifest = labels[labels.IndexOf("\"manifest\"", StringComparison.Ordinal)..];
        _folder.Write("greeting", "labels.json", "{\n  \"labels\": { \"production\": 2 },\n  " + manifest);
        using var reopened = _folder.OpenStore();

        reopened.MoveLabel("greeting", PromptLabels.Production, 3);

        Assert.Equal(2, reopened.Rollback("greeting").Version);
    }

    [Fact]
    public void RemoveLabel_deletes_a_candidate_but_never_production()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 2);
        store.MoveLabel("greeting", PromptLabels.Candidate, 2);

        var change = store.RemoveLabel("greeting", PromptLabels.Candidate, expectedCurrentVersion: 2, by: "admin", reason: "rejected");

        Assert.Equal((PromptStoreChangeKind.LabelRemoved, (int?)null, (int?)2), (change.Kind, change.Version, change.PreviousVersion));
        Assert.Equal(["production"], store.ListLabels("greeting").Select(label => label.Name));
        Assert.Throws<PromptStoreException>(() => store.RemoveLabel("greeting", PromptLabels.Production));
    }

    [Fact]
    public void Concurrent_moves_expecting_the_same_version_have_exactly_one_winner()
    {
        using var store = _folder.OpenStore();
        StoreFixtures.SeedGreeting(store, 5);

        var outcomes = Race(16, i => () => store.MoveLabel("greeting", PromptLabels.Production, 2 + (i % 4), expectedCurrentVersion: 1));

        AssertOneWinner(outcomes, store);
    }

    [Fact]
    public void Concurrent_moves_from_two_stores_over_one_folder_have_exactly_one_winner()
    {
        using var first = _folder.OpenStore();
        StoreFixtures.SeedGreeting(first, 5);
        using var second = _folder.OpenStore();

        var outcomes = Race(16, i => () => (i % 2 == 0 ? first : second).MoveLabel("greeting", PromptLabels.Production, 2 + (i % 4), expectedCurrentVersion: 1));

        AssertOneWinner(outcomes, first);
        second.Reload();
        Assert.Equal(first.Resolve("greeting").Number, second.Resolve("greeting").Number);
    }

    private static List<(int Target, PromptStoreChange? Change, LabelConflictException? Conflict)> Race(int threads, Func<int, Func<PromptStoreChange>> move)
    {
        using var start = new Barrier(threads);
        var outcomes = new (int, PromptStoreChange?, LabelConflictException?)[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                outcomes[i] = (2 + (i % 4), move(i)(), null);
            }
            catch (LabelConflictException conflict)
            {
                outcomes[i] = (2 + (i % 4), null, conflict);
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        return [.. outcomes];
    }

    private void AssertOneWinner(List<(int Target, PromptStoreChange? Change, LabelConflictException? Conflict)> outcomes, FilePromptStore store)
    {
        var winner = Assert.Single(outcomes, outcome => outcome.Change is not null);
        Assert.Equal(outcomes.Count - 1, outcomes.Count(outcome => outcome.Conflict is not null));
        Assert.All(outcomes.Where(outcome => outcome.Conflict is not null), outcome => Assert.Equal(winner.Target, outcome.Conflict!.CurrentVersion));
        Assert.Equal(winner.Target, store.Resolve("greeting").Number);
        using var reopened = _folder.OpenStore();
        Assert.Equal([1, winner.Target], reopened.ListLabels("greeting")[0].History.Select(entry => entry.Version));
    }
}
