using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Warranty;
using Moq;

namespace AgentSupport.Agent.Tests.Offline;

/// <summary>
/// The Offline engine through the real kernel and the real function-invoking wrapper: for each intent, in
/// Spanish and English, it calls the right plugin function, the plugin really runs against the ports, and
/// the answer uses the result in the conversation's language.
/// </summary>
public sealed class OfflineIntentTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Thursday10 = new(2025, 10, 30, 10, 0, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset Thursday11 = new(2025, 10, 30, 11, 0, 0, TimeSpan.FromHours(-6));

    private readonly AgentTestHost _host = AgentTestHost.Offline();
    private readonly TestCustomer _customer = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es", "Quiero vender mi auto ABC-123-D, está en buen estado. ¿Cuánto me dan en la oferta de 24 horas?", "Por tu Nissan Versa 2019 te ofrecemos")]
    [InlineData("en", "I want to sell my car ABC-123-D, it is in good condition. What is your 24 hour offer?", "For your Nissan Versa 2019 we offer")]
    public async Task Offer_quotes_the_customers_car(string language, string message, string expected)
    {
        _customer.Offers.Setup(o => o.ListCarsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new OwnedCar("ABC123D", "Nissan", "Versa", 2019, 80_000, CarCondition.Good)]);
        _customer.Offers.Setup(o => o.CreateOfferAsync(_customer.Id, It.IsAny<OfferTerms>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, OfferTerms terms, CancellationToken _) => new Offer("OF-1001", terms));

        var turn = await RunAsync(language, message);

        Assert.Equal(("OfferIn24", "quote_offer_for_my_car"), OnlyCall(turn));
        _customer.Offers.Verify(o => o.CreateOfferAsync(_customer.Id, It.Is<OfferTerms>(t => t.Plate == "ABC123D" && t.Km == 80_000), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
        Assert.Contains("OF-1001", turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Sí, la acepto.", "Aceptaste la oferta OF-1001")]
    [InlineData("en", "Yes, I accept it.", "You accepted offer OF-1001")]
    public async Task Offer_accepts_the_quote_made_in_this_conversation_without_looking_it_up(string language, string yes, string expected)
    {
        SetUpOffers();
        const string sell = "Quiero vender mi auto ABC-123-D, está en buen estado, quiero la oferta de 24 horas.";
        var quote = await RunAsync(language, sell);
        Assert.Equal(("OfferIn24", "quote_offer_for_my_car"), OnlyCall(quote));

        var accept = await RunAsync(language, yes, [ChatTurn.FromUser(sell), ChatTurn.FromAssistant(quote.Completed.Text, quote.ToolCalls)]);

        Assert.Equal(("OfferIn24", "accept_offer"), OnlyCall(accept));
        Assert.Contains("OF-1001", accept.ToolCalls[0].ArgumentsJson);
        Assert.Contains(expected, accept.Completed.Text);
    }

    [Fact]
    public async Task Offer_a_seller_ready_to_accept_gets_a_new_quote_not_the_status_of_an_old_offer()
    {
        SetUpOffers(new Offer("OF-0900", new OfferTerms("ABC123D", "Nissan", "Versa", 2019, 80_000, CarCondition.Good, 150_000m, TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-2))));

        var turn = await RunAsync("es", "Quiero vender mi auto ABC-123-D, está en buen estado; si me convence la oferta de 24 horas, la acepto.");

        Assert.Equal(("OfferIn24", "quote_offer_for_my_car"), OnlyCall(turn));
        Assert.Contains("OF-1001", turn.Completed.Text);
        Assert.Contains("¿Quieres aceptarla?", turn.Completed.Text);
    }

    [Fact]
    public async Task Offer_an_expired_offer_the_customer_meant_to_accept_is_quoted_again()
    {
        SetUpOffers(new Offer("OF-0900", new OfferTerms("ABC123D", "Nissan", "Versa", 2019, 80_000, CarCondition.Good, 150_000m, TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-2))));

        var turn = await RunAsync("es", "Quiero aceptar mi oferta por el ABC-123-D, el auto sigue en buen estado.");

        Assert.Equal([("OfferIn24", "get_offer_status"), ("OfferIn24", "quote_offer_for_my_car")], turn.ToolCalls.Select(c => (c.Plugin, c.Function)));
        Assert.Contains("OF-1001", turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "¿Cuál es el estado de la inspección de mi auto ABC-123-D?", "está en el taller de Santa Fe")]
    [InlineData("en", "What's the inspection status of my car ABC-123-D?", "is in the Santa Fe workshop")]
    public async Task Inspection_status_is_looked_up(string language, string message, string expected)
    {
        _customer.Inspections.Setup(i => i.ListInspectionsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Inspection("IN-1", "ABC123D", "cdmx-santa-fe", TestCustomer.Now.AddDays(-1), InspectionStage.InProgress, [], EstimatedReadyAt: Thursday10)]);
        _customer.Hubs.Setup(h => h.ListHubsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([SantaFe]);

        var turn = await RunAsync(language, message);

        Assert.Equal(("InspectionStatus", "get_inspection_status"), OnlyCall(turn));
        Assert.Contains("ABC-123-D", turn.ToolCalls[0].ArgumentsJson);
        _customer.Inspections.Verify(i => i.ListInspectionsAsync(_customer.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Vendí mi auto ABC-123-D, ¿cuándo me depositan el pago?", "se transfirió el")]
    [InlineData("en", "I sold my car ABC-123-D, when do I get paid?", "was transferred on")]
    public async Task Payout_status_is_looked_up(string language, string message, string expected)
    {
        _customer.Payouts.Setup(p => p.ListPayoutsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Payout("PO-1", "ABC123D", 185_000m, PayoutStage.Transferred, TestCustomer.Now.AddDays(-5), TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-1), "SPEI-778899", "4321")]);

        var turn = await RunAsync(language, message);

        Assert.Equal(("PayoutTracker", "get_payout_status"), OnlyCall(turn));
        _customer.Payouts.Verify(p => p.ListPayoutsAsync(_customer.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
        Assert.Contains("SPEI-778899", turn.Completed.Text);
        Assert.Contains("185", turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Necesito reprogramar la inspección de mi auto ABC-123-D para el 30 de octubre a las 10:00", "moví la inspección")]
    [InlineData("en", "I need to reschedule the inspection of my car ABC-123-D to October 30 at 10:00", "I moved the inspection")]
    public async Task Reschedule_moves_the_inspection_to_the_asked_slot(string language, string message, string expected)
    {
        _customer.Inspections.Setup(i => i.ListInspectionsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Inspection("IN-1", "ABC123D", "cdmx-santa-fe", TestCustomer.Now.AddDays(1), InspectionStage.Scheduled, [])]);
        _customer.Inspections.Setup(i => i.ListFreeSlotsAsync("cdmx-santa-fe", It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Thursday10, Thursday11]);
        _customer.Inspections.Setup(i => i.MoveInspectionAsync(_customer.Id, "IN-1", Thursday10, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _customer.Hubs.Setup(h => h.ListHubsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([SantaFe]);

        var turn = await RunAsync(language, message);

        Assert.Equal(("InspectionRescheduler", "reschedule_inspection"), OnlyCall(turn));
        _customer.Inspections.Verify(i => i.MoveInspectionAsync(_customer.Id, "IN-1", Thursday10, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Quiero simular un crédito: el auto cuesta 289,000, doy 60,000 de enganche, gano 32,000 al mes y lo quiero a 48 meses.", "mensualidad de $")]
    [InlineData("en", "I'd like to simulate a car loan: the car costs 289,000, 60,000 down payment, I earn 32,000 a month, 48 months.", "a monthly payment of MXN")]
    public async Task Credit_is_simulated_with_the_customers_numbers(string language, string message, string expected)
    {
        var turn = await RunAsync(language, message);

        Assert.Equal(("CreditPrequalification", "simulate_credit"), OnlyCall(turn));
        var call = turn.ToolCalls[0];
        Assert.True(call.Succeeded, call.ResultJson);
        Assert.Contains("\"monthlyIncome\":32000", call.ArgumentsJson);
        Assert.Contains("\"carPrice\":289000", call.ArgumentsJson);
        Assert.Contains("\"downPayment\":60000", call.ArgumentsJson);
        Assert.Contains("\"termMonths\":48", call.ArgumentsJson);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Quiero simular un crédito para un auto de 289,000 pesos: doy el 20% de enganche, gano 32,000 al mes, a 48 meses.")]
    [InlineData("en", "I want to simulate credit for a car of 289,000 pesos with 20% down; I earn 32,000 a month and want 48 months.")]
    public async Task Credit_takes_a_down_payment_given_as_a_share_of_the_price(string language, string message)
    {
        var turn = await RunAsync(language, message);

        Assert.Equal(("CreditPrequalification", "simulate_credit"), OnlyCall(turn));
        Assert.True(turn.ToolCalls[0].Succeeded, turn.ToolCalls[0].ResultJson);
        Assert.Contains("\"downPayment\":57800", turn.ToolCalls[0].ArgumentsJson);
    }

    [Theory]
    [InlineData("es", "Mi auto ABC-123-D tiene una falla eléctrica y ya tiene 35,000 km. ¿La garantía lo cubre?", "Sí, ábrelo por favor", "abrí el reclamo WC-77")]
    [InlineData("en", "My car ABC-123-D has an electrical failure, it has 35,000 km. Is it covered by the warranty?", "Yes, please open it", "I opened basic warranty claim WC-77")]
    public async Task Warranty_is_checked_and_the_claim_opened_after_the_customer_agrees(string language, string message, string yes, string expected)
    {
        _customer.Warranty.Setup(w => w.ListWarrantiesAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CarWarranty("ABC123D", "Nissan", "Versa", 2022, TestCustomer.Now.AddMonths(-6), 30_000)]);
        _customer.Warranty.Setup(w => w.OpenClaimAsync(_customer.Id, It.IsAny<WarrantyClaimRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, WarrantyClaimRequest request, CancellationToken _) => new WarrantyClaim("WC-77", request));

        var first = await RunAsync(language, message);
        Assert.Equal(("WarrantyCoverage", "check_warranty_coverage"), OnlyCall(first));
        Assert.EndsWith("?", first.Completed.Text);
        _customer.Warranty.Verify(w => w.OpenClaimAsync(It.IsAny<Guid>(), It.IsAny<WarrantyClaimRequest>(), It.IsAny<CancellationToken>()), Times.Never);

        var second = await RunAsync(language, yes, [ChatTurn.FromUser(message), ChatTurn.FromAssistant(first.Completed.Text, first.ToolCalls)]);

        Assert.Equal(("WarrantyCoverage", "open_warranty_claim"), OnlyCall(second));
        _customer.Warranty.Verify(w => w.OpenClaimAsync(_customer.Id, It.Is<WarrantyClaimRequest>(r => r.Component == WarrantyComponent.Electrical && r.OdometerKm == 35_000 && r.Plate == "ABC123D"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, second.Completed.Text);
    }

    [Theory]
    [InlineData("es", "¿Qué documentos me faltan para la venta de mi auto?", "faltan: identificación oficial (INE)")]
    [InlineData("en", "Which documents are missing for the sale of my car?", "we still need: official ID (INE)")]
    public async Task Documents_lists_what_is_missing(string language, string message, string expected)
    {
        _customer.Documents.Setup(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Deal("D-1", DealKind.Sale, "ABC123D", false, [])]);

        var turn = await RunAsync(language, message);

        Assert.Equal(("DocumentsKyc", "list_missing_documents"), OnlyCall(turn));
        _customer.Documents.Verify(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Ya envié mi INE para el trámite de mi auto ABC-123-D, ¿qué otros documentos faltan?", "Registré tu identificación oficial (INE)")]
    [InlineData("en", "I already sent my INE for the documents of my car ABC-123-D. What else is missing?", "I recorded your official ID (INE)")]
    public async Task Documents_records_one_the_customer_sent(string language, string message, string expected)
    {
        var deal = new Deal("D-1", DealKind.Sale, "ABC123D", false, []);
        _customer.Documents.SetupSequence(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([deal])
            .ReturnsAsync([deal with { Documents = [new ReceivedDocument(DocumentKind.OfficialId, TestCustomer.Now)] }]);
        _customer.Documents.Setup(d => d.RecordDocumentAsync(_customer.Id, "D-1", DocumentKind.OfficialId, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var turn = await RunAsync(language, message);

        Assert.Equal(("DocumentsKyc", "record_submitted_document"), OnlyCall(turn));
        _customer.Documents.Verify(d => d.RecordDocumentAsync(_customer.Id, "D-1", DocumentKind.OfficialId, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Ya mandé mi estado de cuenta bancario para que me depositen el pago de mi auto ABC-123-D; quiero que quede registrado.", "Registré tu estado de cuenta bancario")]
    [InlineData("en", "I sent my bank statement so you can transfer the payment for my car ABC-123-D; I want it recorded.", "I recorded your bank statement")]
    public async Task Documents_records_a_document_sent_for_the_payout_instead_of_looking_up_the_payout(string language, string message, string expected)
    {
        var deal = new Deal("D-1", DealKind.Sale, "ABC123D", false, []);
        _customer.Documents.Setup(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync([deal]);
        _customer.Documents.Setup(d => d.RecordDocumentAsync(_customer.Id, "D-1", DocumentKind.BankStatement, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var turn = await RunAsync(language, message);

        Assert.Equal(("DocumentsKyc", "record_submitted_document"), OnlyCall(turn));
        Assert.Contains(expected, turn.Completed.Text);
        _customer.Payouts.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Documents_without_a_plate_records_on_the_only_deal_missing_that_document()
    {
        var sale = new Deal("D-1", DealKind.Sale, "ABC123D", false, []);
        var purchase = new Deal("D-2", DealKind.Purchase, "XYZ987A", false, [new ReceivedDocument(DocumentKind.ProofOfAddress, TestCustomer.Now)]);
        _customer.Documents.Setup(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync([sale, purchase]);
        _customer.Documents.Setup(d => d.RecordDocumentAsync(_customer.Id, "D-1", DocumentKind.ProofOfAddress, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var turn = await RunAsync("es", "Ya envié mi comprobante de domicilio.");

        Assert.Equal(["list_missing_documents", "record_submitted_document"], turn.ToolCalls.Select(c => c.Function));
        Assert.Equal("{}", turn.ToolCalls[0].ArgumentsJson);
        Assert.Contains("ABC123D", turn.ToolCalls[1].ArgumentsJson);
        Assert.Contains("Registré tu comprobante de domicilio", turn.Completed.Text);
    }

    [Fact]
    public async Task Documents_without_a_plate_asks_which_deal_when_several_could_take_the_document()
    {
        _customer.Documents.Setup(d => d.ListDealsAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync(
            [new Deal("D-1", DealKind.Sale, "ABC123D", false, []), new Deal("D-2", DealKind.Purchase, "XYZ987A", false, [])]);

        var turn = await RunAsync("en", "I already sent my proof of address.");

        Assert.Equal("list_missing_documents", Assert.Single(turn.ToolCalls).Function);
        Assert.Contains("ABC123D or XYZ987A", turn.Completed.Text);
        Assert.EndsWith("?", turn.Completed.Text);
        _customer.Documents.Verify(d => d.RecordDocumentAsync(It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<DocumentKind>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("es", "Quiero agendar una cita para una prueba de manejo en Santa Fe el 30 de octubre a las 11:00", "agendé tu prueba de manejo en Santa Fe")]
    [InlineData("en", "I want to book an appointment for a test drive at Santa Fe on October 30 at 11:00", "I booked your test drive at Santa Fe")]
    public async Task Appointment_is_booked_at_the_named_hub(string language, string message, string expected)
    {
        _customer.Hubs.Setup(h => h.ListHubsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([SantaFe, Monterrey]);
        _customer.Scheduling.Setup(s => s.ListFreeSlotsAsync("cdmx-santa-fe", AppointmentType.TestDrive, It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Thursday11]);
        _customer.Scheduling.Setup(s => s.BookAsync(_customer.Id, It.IsAny<AppointmentRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, AppointmentRequest request, CancellationToken _) => new Appointment("AP-9", request));

        var turn = await RunAsync(language, message);

        Assert.Equal([("Scheduling", "list_hubs"), ("Scheduling", "book_appointment")], turn.ToolCalls.Select(c => (c.Plugin, c.Function)));
        _customer.Scheduling.Verify(s => s.BookAsync(_customer.Id, It.Is<AppointmentRequest>(r => r.HubId == "cdmx-santa-fe" && r.Type == AppointmentType.TestDrive && r.Start == Thursday11), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains(expected, turn.Completed.Text);
        Assert.Contains("AP-9", turn.Completed.Text);
    }

    private void SetUpOffers(params Offer[] earlier)
    {
        var offers = earlier.ToList();
        _customer.Offers.Setup(o => o.ListCarsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new OwnedCar("ABC123D", "Nissan", "Versa", 2019, 80_000, null)]);
        _customer.Offers.Setup(o => o.ListOffersAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync(() => offers.ToList());
        _customer.Offers.Setup(o => o.CreateOfferAsync(_customer.Id, It.IsAny<OfferTerms>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, OfferTerms terms, CancellationToken _) =>
            {
                var offer = new Offer("OF-1001", terms);
                offers.Add(offer);
                return offer;
            });
        _customer.Offers.Setup(o => o.MarkAcceptedAsync(_customer.Id, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, string id, DateTimeOffset at, CancellationToken _) => offers.Single(o => o.Id == id) with { AcceptedAt = at });
    }

    private static readonly Hub SantaFe = new("cdmx-santa-fe", "Santa Fe", "CDMX", "Av. Vasco de Quiroga 3800");
    private static readonly Hub Monterrey = new("mty-valle", "Valle", "Monterrey", "Av. Gómez Morín 900");

    private Task<TurnResult> RunAsync(string language, string message, IReadOnlyList<ChatTurn>? history = null) =>
        TurnResult.RunAsync(_host.Agent, _customer.Session(TestPrompts.CustomerAgent(), language, history), message, _customer.Services());

    private static (string Plugin, string Function) OnlyCall(TurnResult turn)
    {
        Assert.Null(turn.Failed);
        var call = Assert.Single(turn.ToolCalls);
        return (call.Plugin, call.Function);
    }
}
