using AgentSupport.Agent.Tests.Support;
using Xunit.Abstractions;

namespace AgentSupport.Agent.Tests.Roles;

/// <summary>
/// Goals phrased like the Workbench's scenario goals, played on the default sandbox by the Offline simulated
/// customer against the Offline agent with the shipped prompt: each ends with the effect the goal asks for.
/// </summary>
public sealed class OfflineScenarioTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AgentTestHost _host = AgentTestHost.Offline();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es", "Quieres vender tu Volkswagen Jetta 2018 (placas JTA-518-B, 78,000 km) y obtener la oferta de compra en 24 horas: cuánto te ofrecen.", "quote_offer_for_my_car")]
    [InlineData("en", "You want to sell your 2018 Volkswagen Jetta (plate JTA-518-B, 78,000 km) and get the offer to buy it within 24 hours: how much they will pay.", "quote_offer_for_my_car")]
    [InlineData("es", "Quieres saber el estado de la inspección mecánica de tu auto con placas MZD-320-A: si ya está lista y qué encontraron.", "get_inspection_status")]
    [InlineData("en", "You want the status of the inspection of your car, plate MZD-320-A: whether it is done and what they found.", "get_inspection_status")]
    [InlineData("es", "Necesitas reprogramar la inspección de tu auto con placas JTA-518-B, que está para el miércoles 4 de junio a las 10:00; te acomoda el jueves 5 de junio a las 10:00.", "reschedule_inspection")]
    [InlineData("en", "You need to reschedule the inspection of your car, plate JTA-518-B, now on Wednesday, June 4 at 10:00 AM; Thursday, June 5 at 10:00 AM suits you.", "reschedule_inspection")]
    [InlineData("es", "Quieres simular un crédito para un auto de 289,000 pesos: das 60,000 de enganche, ganas 32,000 al mes y quieres pagarlo en 48 meses. Quieres la tasa y la mensualidad.", "simulate_credit")]
    [InlineData("en", "You want to simulate credit for a car of 289,000 pesos: 60,000 down payment, you earn 32,000 a month and want 48 months. You want the rate and the monthly payment.", "simulate_credit")]
    [InlineData("es", "Tu Toyota Corolla (placas COR-721-C, 39,500 km) tiene una falla eléctrica: el tablero se apaga solo. Quieres saber si la garantía lo cubre y abrir el reclamo.", "open_warranty_claim")]
    [InlineData("en", "Your Toyota Corolla (plate COR-721-C, 39,500 km) has an electrical failure: the dashboard switches off by itself. You want to know if the warranty covers it and to open the claim.", "open_warranty_claim")]
    [InlineData("es", "Ya enviaste tu comprobante de pago de tenencias para el trámite de tu auto con placas MZD-320-A; quieres que quede registrado y saber qué otros documentos faltan.", "record_submitted_document")]
    [InlineData("en", "You already sent your tenencia receipts for your car with plate MZD-320-A; you want it recorded and to know which other documents are missing.", "record_submitted_document")]
    [InlineData("en", "You want to book an appointment for a test drive at AgentSupport Hub San Pedro (Monterrey) on Wednesday, June 4 at 11:00 AM.", "book_appointment")]
    // Phrasings that once went astray: payment words in a document goal, a down payment as a percentage, a seller who
    // will accept the offer, a new offer after an old one expired, a payout asked for without a plate.
    [InlineData("es", "Ya mandaste tu estado de cuenta bancario para que te depositen el pago de la venta de tu auto (placas MZD-320-A); quieres que quede registrado.", "record_submitted_document")]
    [InlineData("en", "You want to record your tenencia payment receipts for the sale of your car (plate MZD-320-A).", "record_submitted_document")]
    [InlineData("es", "Quieres simular un crédito para un auto de 289,000 pesos: das el 20% de enganche, ganas 32,000 al mes y quieres pagarlo en 48 meses.", "simulate_credit")]
    [InlineData("es", "Quieres vender tu Volkswagen Jetta (placas JTA-518-B) y que te den una oferta en 24 horas; si te convence, aceptarla.", "accept_offer")]
    [InlineData("en", "You want a new 24-hour offer for your Jetta (plate JTA-518-B); your previous offer expired.", "quote_offer_for_my_car")]
    [InlineData("es", "Quieres saber cuándo te pagan tu auto vendido.", "get_payout_status")]
    public async Task Each_goal_ends_with_the_function_that_serves_it(string language, string goal, string function)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            var conversation = await SandboxConversation.RunAsync(_host, ShippedPrompts.Load("customer-agent"), SandboxConversation.Ana, goal, "Paciente.", language, seed);
            output.WriteLine($"--- seed {seed}\n{conversation}");

            Assert.True(conversation.CustomerEnded);
            Assert.Contains(conversation.ToolCalls, call => call.Function == function && call.Succeeded);
            Assert.DoesNotContain(conversation.ToolCalls, call => !call.Succeeded);
            Assert.False(conversation.Escalated);
        }
    }

    [Fact]
    public async Task A_customer_missing_a_figure_the_agent_needs_ends_the_conversation_instead_of_repeating_itself()
    {
        const string goal = "Quieres simular un crédito para un auto de 289,000 pesos con 60,000 de enganche a 48 meses.";

        var conversation = await SandboxConversation.RunAsync(_host, ShippedPrompts.Load("customer-agent"), SandboxConversation.Ana, goal, "Paciente.", "es", seed: 1);
        output.WriteLine(conversation.ToString());

        Assert.True(conversation.CustomerEnded);
        Assert.Equal(3, conversation.Transcript.Count(line => line.FromCustomer));
        Assert.Empty(conversation.ToolCalls);
    }
}
