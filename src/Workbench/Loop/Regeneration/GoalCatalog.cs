using System.Globalization;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// The goals a simulated customer can pursue, per intent of the intent table, built from the sandbox fixture so that
/// each one names real data (a plate with a payout, an inspection that can move to a free slot) and each one has an
/// expectation the sandbox can verify. Goal texts use the words the intent patterns look for, so the analysis of the
/// regenerated conversations finds the intent the scenario was drawn for.
/// </summary>
public static class GoalCatalog
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Every goal the fixture allows, grouped by intent in a fixed order; intents without data are absent.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<GoalOption>> For(SandboxScenario fixture)
    {
        var goals = new Dictionary<string, IReadOnlyList<GoalOption>>(StringComparer.Ordinal)
        {
            [OfferIn24Plugin.Intent] = Offers(fixture).ToArray(),
            [InspectionStatusPlugin.Intent] = InspectionStatus(fixture).ToArray(),
            [PayoutTrackerPlugin.Intent] = Payouts(fixture).ToArray(),
            [InspectionReschedulerPlugin.Intent] = Reschedules(fixture).ToArray(),
            [CreditPrequalificationPlugin.Intent] = Credit(fixture).ToArray(),
            [WarrantyCoveragePlugin.Intent] = WarrantyClaims(fixture).ToArray(),
            [DocumentsKycPlugin.Intent] = Documents(fixture).ToArray(),
            [SchedulingPlugin.Intent] = Appointments(fixture).ToArray(),
        };
        return goals.Where(pair => pair.Value.Count > 0).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<GoalOption> Offers(SandboxScenario fixture) =>
        from customer in fixture.Customers
        from car in customer.Cars
        select new GoalOption(OfferIn24Plugin.Intent, customer.Id, customer.DisplayName,
            string.Create(Spanish, $"Quieres vender tu {car.Make} {car.Model} {car.Year} (placas {car.Plate}, {car.Km:N0} km) y obtener la oferta de compra en 24 horas: cuánto te ofrecen."),
            string.Create(English, $"You want to sell your {car.Year} {car.Make} {car.Model} (plate {car.Plate}, {car.Km:N0} km) and get the offer to buy it within 24 hours: how much they will pay."),
            new ScenarioExpectation { Effect = SandboxEffectKind.OfferMade, Description = $"an offer is quoted for {car.Plate}" });

    private static IEnumerable<GoalOption> InspectionStatus(SandboxScenario fixture) =>
        from customer in fixture.Customers
        from inspection in customer.Inspections
        select new GoalOption(InspectionStatusPlugin.Intent, customer.Id, customer.DisplayName,
            string.Create(Spanish, $"Quieres saber el estado de la inspección mecánica de tu auto con placas {inspection.Plate}: si ya está lista y qué encontraron."),
            string.Create(English, $"You want the status of the inspection of your car, plate {inspection.Plate}: whether it is done and what they found."),
            new ScenarioExpectation { Plugin = InspectionStatusPlugin.Name, Function = InspectionStatusPlugin.GetInspectionStatus, Description = $"the status of inspection {inspection.Id} is looked up" });

    private static IEnumerable<GoalOption> Payouts(SandboxScenario fixture) =>
        from customer in fixture.Customers
        from payout in customer.Payouts
        select new GoalOption(PayoutTrackerPlugin.Intent, customer.Id, customer.DisplayName,
            string.Create(Spanish, $"Vendiste tu auto con placas {payout.Plate} y quieres saber cuándo te depositan el pago y si falta algo."),
            string.Create(English, $"You sold your car with plate {payout.Plate} and want to know when the payment will arrive and whether anything is missing."),
            new ScenarioExpectation { Plugin = PayoutTrackerPlugin.Name, Function = PayoutTrackerPlugin.GetPayoutStatus, Description = $"the status of payout {payout.Id} is looked up" });

    /// <summary>Scheduled inspections moved to the same hour on the hub's next open day, when no other inspection holds that slot.</summary>
    private static IEnumerable<GoalOption> Reschedules(SandboxScenario fixture)
    {
        var taken = fixture.Customers.SelectMany(c => c.Inspections).Select(i => (i.HubId, i.ScheduledAt)).ToHashSet();
        foreach (var customer in fixture.Customers)
        {
            foreach (var inspection in customer.Inspections.Where(i => i.Stage == InspectionStage.Scheduled))
            {
                var hub = fixture.Hubs.FirstOrDefault(h => h.Id == inspection.HubId);
                var target = Enumerable.Range(1, 7).Select(days => inspection.ScheduledAt.AddDays(days))
                    .FirstOrDefault(start => hub?.InspectionHours.Offers(start) == true && !taken.Contains((hub.Id, start)));
                if (target == default)
                {
                    continue;
                }

                yield return new GoalOption(InspectionReschedulerPlugin.Intent, customer.Id, customer.DisplayName,
                    string.Create(Spanish, $"Necesitas reprogramar la inspección de tu auto con placas {inspection.Plate}, que está para el {When(inspection.ScheduledAt, Spanish)}; te acomoda el {When(target, Spanish)}."),
                    string.Create(English, $"You need to reschedule the inspection of your car, plate {inspection.Plate}, now on {When(inspection.ScheduledAt, English)}; {When(target, English)} suits you."),
                    new ScenarioExpectation { Effect = SandboxEffectKind.InspectionMoved, Reference = inspection.Id, Description = $"inspection {inspection.Id} is moved" });
            }
        }
    }

    private static IEnumerable<GoalOption> Credit(SandboxScenario fixture) =>
        from customer in fixture.Customers
        from car in new[] { (Price: 289_000m, Down: 60_000m, Income: 32_000m, Months: 48), (Price: 415_000m, Down: 100_000m, Income: 55_000m, Months: 36) }
        select new GoalOption(CreditPrequalificationPlugin.Intent, customer.Id, customer.DisplayName,
            string.Create(Spanish, $"Quieres simular un crédito para un auto de {car.Price:N0} pesos: das {car.Down:N0} de enganche, ganas {car.Income:N0} al mes y quieres pagarlo en {car.Months} meses. Quieres la tasa y la mensualidad."),
            string.Create(English, $"You want to simulate credit for a car of {car.Price:N0} pesos: {car.Down:N0} down payment, you earn {car.Income:N0} a month and want {car.Months} months. You want the rate and the monthly payment."),
            new ScenarioExpectation { Plugin = CreditPrequalificationPlugin.Name, Function = CreditPrequalificationPlugin.SimulateCredit, Description = "a credit pre-qualification is simulated" });

    /// <summary>A failure the warranty covers at the fixture's time, so a claim can really be opened.</summary>
    private static IEnumerable<GoalOption> WarrantyClaims(SandboxScenario fixture)
    {
        (WarrantyComponent Component, string Es, string En)[] failures =
        [
            (WarrantyComponent.Electrical, "una falla eléctrica, el tablero se apaga solo", "an electrical failure, the dashboard switches off by itself"),
            (WarrantyComponent.Transmission, "la transmisión da tirones al cambiar de velocidad", "the transmission jerks when it shifts gears"),
            (WarrantyComponent.AirConditioning, "el aire acondicionado ya no enfría", "the air conditioning no longer cools"),
        ];
        foreach (var customer in fixture.Customers)
        {
            foreach (var warranty in customer.Warranties)
            {
                var km = customer.Cars.FirstOrDefault(c => Plate.SameAs(c.Plate, warranty.Plate))?.Km ?? warranty.KmAtPurchase + 5_000;
                foreach (var failure in failures.Where(f => WarrantyRules.Decide(warranty, f.Component, km, fixture.Now).Value?.Covered == true))
                {
                    yield return new GoalOption(WarrantyCoveragePlugin.Intent, customer.Id, customer.DisplayName,
                        string.Create(Spanish, $"Tu {warranty.Make} {warranty.Model} (placas {warranty.Plate}, {km:N0} km) tiene un problema: {failure.Es}. Quieres saber si la garantía lo cubre y abrir el reclamo."),
                        string.Create(English, $"Your {warranty.Make} {warranty.Model} (plate {warranty.Plate}, {km:N0} km) has a problem: {failure.En}. You want to know if the warranty covers it and to open the claim."),
                        new ScenarioExpectation { Effect = SandboxEffectKind.ClaimOpened, Description = $"a warranty claim is opened for {warranty.Plate}" });
                }
            }
        }
    }

    private static IEnumerable<GoalOption> Documents(SandboxScenario fixture) =>
        from customer in fixture.Customers
        from deal in customer.Deals
        let missing = DocumentRequirements.MissingFor(deal)
        where missing.Count > 0
        select new GoalOption(DocumentsKycPlugin.Intent, customer.Id, customer.DisplayName,
            string.Create(Spanish, $"Ya enviaste tu {DocumentName(missing[0], Spanish)} para el trámite de tu auto con placas {deal.Plate}; quieres que quede registrado y saber qué otros documentos faltan."),
            string.Create(English, $"You already sent your {DocumentName(missing[0], English)} for your car with plate {deal.Plate}; you want it recorded and to know which other documents are missing."),
            new ScenarioExpectation { Effect = SandboxEffectKind.DocumentRecorded, Reference = deal.Id, Description = $"a document is recorded on deal {deal.Id}" });

    /// <summary>A test drive at a free hour of a hub's next open day after the fixture's "now".</summary>
    private static IEnumerable<GoalOption> Appointments(SandboxScenario fixture)
    {
        var booked = fixture.Customers.SelectMany(c => c.Appointments).Select(a => (a.Request.HubId, a.Request.Start)).ToHashSet();
        foreach (var hub in fixture.Hubs)
        {
            var start = hub.AppointmentHours.Starts(fixture.Now.AddDays(1), fixture.Now.AddDays(8))
                .FirstOrDefault(s => s.Hour >= 11 && !booked.Contains((hub.Id, s)));
            if (start == default)
            {
                continue;
            }

            foreach (var customer in fixture.Customers)
            {
                yield return new GoalOption(SchedulingPlugin.Intent, customer.Id, customer.DisplayName,
                    string.Create(Spanish, $"Quieres agendar una cita para una prueba de manejo en {hub.Name} ({hub.City}) el {When(start, Spanish)}."),
                    string.Create(English, $"You want to book an appointment for a test drive at {hub.Name} ({hub.City}) on {When(start, English)}."),
                    new ScenarioExpectation { Effect = SandboxEffectKind.AppointmentBooked, Description = $"an appointment is booked at {hub.Id}" });
            }
        }
    }

    private static string When(DateTimeOffset start, CultureInfo culture) =>
        MexicoTime.ToLocal(start).ToString(culture.Name == "en-US" ? "dddd, MMMM d 'at' h:mm tt" : "dddd d 'de' MMMM 'a las' H:mm", culture);

    private static string DocumentName(DocumentKind kind, CultureInfo culture) => (kind, culture.Name == "en-US") switch
    {
        (DocumentKind.OfficialId, false) => "identificación oficial (INE)",
        (DocumentKind.OfficialId, true) => "official ID",
        (DocumentKind.ProofOfAddress, false) => "comprobante de domicilio",
        (DocumentKind.ProofOfAddress, true) => "proof of address",
        (DocumentKind.VehicleInvoice, false) => "factura del auto",
        (DocumentKind.VehicleInvoice, true) => "vehicle invoice",
        (DocumentKind.TenenciaReceipts, false) => "comprobante de pago de tenencias",
        (DocumentKind.TenenciaReceipts, true) => "tenencia receipts",
        (DocumentKind.VehicleRegistration, false) => "tarjeta de circulación",
        (DocumentKind.VehicleRegistration, true) => "vehicle registration",
        (DocumentKind.BankStatement, false) => "estado de cuenta bancario",
        (DocumentKind.BankStatement, true) => "bank statement",
        (DocumentKind.TaxStatusCertificate, false) => "constancia de situación fiscal",
        (DocumentKind.TaxStatusCertificate, true) => "tax status certificate",
        (DocumentKind.ProofOfIncome, false) => "comprobante de ingresos",
        _ => "proof of income",
    };
}
