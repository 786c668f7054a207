using AgentSupport.Plugins.Inspections;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>Moving an inspection takes a free slot and releases the old one; a taken, unoffered or raced slot is refused.</summary>
public abstract class InspectionMoveTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Move_to_a_free_slot_takes_it_and_frees_the_old_one()
    {
        RequireDatabase();
        var hub = DomainTestData.NewHub();
        var starts = DomainTestData.UpcomingStarts(hub, HubService.Inspection);
        var (customer, inspectionId) = await ScheduleAsync(hub, starts[0]);

        Assert.True(await App.WithPortAsync<bool, IInspectionService>(p => p.MoveInspectionAsync(customer, inspectionId, starts[3], default)));

        var (inspection, free) = await App.WithPortAsync<(Inspection, IReadOnlyList<DateTimeOffset>), IInspectionService>(async p =>
            ((await p.ListInspectionsAsync(customer, default)).Single(), await p.ListFreeSlotsAsync(hub.Id, starts[0], starts[^1].AddHours(1), default)));
        Assert.Equal(starts[3], inspection.ScheduledAt);
        Assert.Contains(starts[0], free);
        Assert.DoesNotContain(starts[3], free);
        Assert.Equal(starts.Count - 1, free.Count);
    }

    [SkippableFact]
    public async Task Move_to_a_held_slot_or_a_time_never_offered_is_refused_and_changes_nothing()
    {
        RequireDatabase();
        var hub = DomainTestData.NewHub();
        var starts = DomainTestData.UpcomingStarts(hub, HubService.Inspection);
        var (mover, inspectionId) = await ScheduleAsync(hub, starts[0]);
        await ScheduleAsync(hub, starts[1], addHub: false);
        var offGrid = starts[2].AddMinutes(30);
        var sunday = MexicoStartOfNext(DayOfWeek.Sunday).AddHours(10);

        foreach (var target in new[] { starts[1], offGrid, sunday, DomainTestData.Now.AddHours(-2) })
        {
            Assert.False(await App.WithPortAsync<bool, IInspectionService>(p => p.MoveInspectionAsync(mover, inspectionId, target, default)), $"moved to {target:O}");
        }

        var inspection = await App.WithPortAsync<Inspection, IInspectionService>(async p => (await p.ListInspectionsAsync(mover, default)).Single());
        Assert.Equal(starts[0], inspection.ScheduledAt);
    }

    [SkippableFact]
    public async Task Cancelled_inspections_release_their_slot_and_only_scheduled_ones_move()
    {
        RequireDatabase();
        var hub = DomainTestData.NewHub();
        var starts = DomainTestData.UpcomingStarts(hub, HubService.Inspection);
        var (customer, cancelledId) = await ScheduleAsync(hub, starts[0], stage: InspectionStage.Cancelled);
        var (other, scheduledId) = await ScheduleAsync(hub, starts[1], addHub: false);

        var free = await App.WithPortAsync<IReadOnlyList<DateTimeOffset>, IInspectionService>(p => p.ListFreeSlotsAsync(hub.Id, starts[0], starts[2], default));
        Assert.Equal([starts[0]], free);
        Assert.False(await App.WithPortAsync<bool, IInspectionService>(p => p.MoveInspectionAsync(customer, cancelledId, starts[3], default)));
        Assert.True(await App.WithPortAsync<bool, IInspectionService>(p => p.MoveInspectionAsync(other, scheduledId, starts[0], default)));
    }

    [SkippableFact]
    public async Task Concurrent_moves_to_the_same_slot_let_exactly_one_win()
    {
        RequireDatabase();
        var hub = DomainTestData.NewHub();
        var starts = DomainTestData.UpcomingStarts(hub, HubService.Inspection);
        const int racers = 4;
        var inspections = new List<(Guid Customer, string Id)>();
        for (var i = 0; i < racers; i++)
        {
            inspections.Add(await ScheduleAsync(hub, starts[i], addHub: i == 0));
        }

        var target = starts[racers];
        using var gate = new SemaphoreSlim(0);
        var moves = inspections.Select(inspection => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var ports = DomainTestData.Ports(db);
            var service = ports.GetRequiredService<IInspectionService>();
            await gate.WaitAsync();
            return await service.MoveInspectionAsync(inspection.Customer, inspection.Id, target, default);
        })).ToList();
        gate.Release(racers);
        var results = await Task.WhenAll(moves);

        Assert.Single(results, moved => moved);
        var atTarget = await App.WithDbAsync(db => db.Set<CarInspection>().CountAsync(i => i.HubId == hub.Id && i.ScheduledAt == target.UtcDateTime));
        Assert.Equal(1, atTarget);
    }

    private async Task<(Guid Customer, string InspectionId)> ScheduleAsync(
        ServiceHub hub, DateTimeOffset start, bool addHub = true, InspectionStage stage = InspectionStage.Scheduled) =>
        await App.WithDbAsync(async db =>
        {
            if (addHub)
            {
                db.Add(hub);
            }

            var customer = await DomainTestData.AddCustomerAsync(db);
            var inspection = new CarInspection
            {
                CustomerId = customer,
                Car = new Car { Plate = DomainTestData.NewPlate(), Make = "Kia", Model = "Rio", Year = 2021, Km = 40_000, OwnerId = customer },
                HubId = hub.Id,
                Stage = stage,
                ScheduledAt = start.UtcDateTime,
            };
            db.Add(inspection);
            await db.SaveChangesAsync();
            return (customer, PublicId.Format(PublicId.Inspection, inspection.Id));
        });

    private static DateTimeOffset MexicoStartOfNext(DayOfWeek day)
    {
        var date = DateOnly.FromDateTime(AgentSupport.Plugins.Common.MexicoTime.ToLocal(DomainTestData.Now).DateTime).AddDays(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return AgentSupport.Plugins.Common.MexicoTime.StartOf(date);
    }
}

public sealed class InspectionMoveSqliteTests(SqliteAppFixture app) : InspectionMoveTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class InspectionMovePostgresTests(PostgresAppFixture app) : InspectionMoveTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
