namespace AgentSupport.Plugins.Sandbox;

/// <summary>Consistency rules a fixture's JSON shape cannot express: unique ids and known hubs.</summary>
internal static class SandboxScenarioValidator
{
    public static IEnumerable<string> Problems(SandboxScenario scenario)
    {
        foreach (var duplicate in Duplicates(scenario.Hubs.Select(h => h.Id)))
        {
            yield return $"hubs: id '{duplicate}' appears more than once";
        }

        for (var i = 0; i < scenario.Hubs.Count; i++)
        {
            var hub = scenario.Hubs[i];
            if (hub.AppointmentHours.Problem() is { } appointments)
            {
                yield return $"hubs[{i}].appointment_hours: {appointments}";
            }

            if (hub.InspectionHours.Problem() is { } inspections)
            {
                yield return $"hubs[{i}].inspection_hours: {inspections}";
            }
        }

        foreach (var duplicate in Duplicates(scenario.Customers.Select(c => c.Id.ToString())))
        {
            yield return $"customers: id '{duplicate}' appears more than once";
        }

        var customers = scenario.Customers;
        var ids = new (string Field, IEnumerable<string> Ids)[]
        {
            ("inspections", customers.SelectMany(c => c.Inspections.Select(x => x.Id))),
            ("payouts", customers.SelectMany(c => c.Payouts.Select(x => x.Id))),
            ("deals", customers.SelectMany(c => c.Deals.Select(x => x.Id))),
            ("claims", customers.SelectMany(c => c.Claims.Select(x => x.Number))),
            ("offers", customers.SelectMany(c => c.Offers.Select(x => x.Id))),
            ("appointments", customers.SelectMany(c => c.Appointments.Select(x => x.Id))),
            ("tickets", customers.SelectMany(c => c.Tickets.Select(x => x.Number))),
        };
        foreach (var (field, values) in ids)
        {
            foreach (var duplicate in Duplicates(values))
            {
                yield return $"customers[*].{field}: id '{duplicate}' appears more than once";
            }
        }

        var hubIds = scenario.Hubs.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        for (var c = 0; c < customers.Count; c++)
        {
            for (var i = 0; i < customers[c].Inspections.Count; i++)
            {
                if (!hubIds.Contains(customers[c].Inspections[i].HubId))
                {
                    yield return $"customers[{c}].inspections[{i}].hub_id: unknown hub '{customers[c].Inspections[i].HubId}'";
                }
            }

            for (var i = 0; i < customers[c].Appointments.Count; i++)
            {
                if (!hubIds.Contains(customers[c].Appointments[i].Request.HubId))
                {
                    yield return $"customers[{c}].appointments[{i}].request.hub_id: unknown hub '{customers[c].Appointments[i].Request.HubId}'";
                }
            }
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
}
