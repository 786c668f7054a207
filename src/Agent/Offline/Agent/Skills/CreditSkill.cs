using System.Globalization;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Credit;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>credit_prequal: simulate a car loan from the customer's income, the car price and the down payment.</summary>
internal sealed partial class CreditSkill : IIntentSkill
{
    /// <summary>Term used when the customer names none, said out loud in the answer.</summary>
    private const int DefaultTermMonths = 48;

    public string Intent => Intents.Credit;

    public string Plugin => CreditPrequalificationPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [CreditPrequalificationPlugin.SimulateCredit];

    public string Capability(AgentTurn turn) => turn.L("simular un crédito", "simulating a car loan");

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, CreditPrequalificationPlugin.SimulateCredit))
        {
            return Answer(turn, outcome);
        }

        var facts = turn.Facts;
        var missing = new List<string>();
        if (facts.MonthlyIncome is null)
        {
            missing.Add(turn.L("tu ingreso mensual neto", "your net monthly income", "su ingreso mensual neto"));
        }

        if (facts.CarPrice is null)
        {
            missing.Add(turn.L("el precio del auto", "the price of the car"));
        }

        if (facts.DownPayment is null && facts.DownPaymentPercent is null)
        {
            missing.Add(turn.L("cuánto darías de enganche", "how much you would put down", "cuánto daría de enganche"));
        }

        if (missing.Count > 0)
        {
            return AgentStep.Say(turn.L(
                $"Con gusto simulo tu crédito. Necesito {Wording.List(missing, turn.Language)}.",
                $"I'd be glad to simulate your loan. I need {Wording.List(missing, turn.Language)}.",
                $"Con gusto simulo su crédito. Necesito {Wording.List(missing, turn.Language)}."));
        }

        return AgentStep.Call(Plugin, CreditPrequalificationPlugin.SimulateCredit, CommonReplies.Arguments(
            ("monthlyIncome", facts.MonthlyIncome),
            ("downPayment", facts.DownPaymentAmount),
            ("carPrice", facts.CarPrice),
            ("termMonths", facts.TermMonths ?? DefaultTermMonths)));
    }

    private static AgentStep Answer(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        if (outcome.Value<CreditSimulation>() is { } loan)
        {
            var language = turn.Language;
            return AgentStep.Say(turn.L(
                $"{CommonReplies.Lead(turn)} Con {Wording.Percent(loan.DownPaymentPercent, language)} de enganche y plazo de {loan.TermMonths} meses, te precalificas en la banda {loan.RiskBand}: tasa anual de {Wording.Percent(loan.AnnualRatePercent, language)}, mensualidad de {Wording.Money(loan.MonthlyPaymentMxn, language)} y un total de {Wording.Money(loan.TotalPaidMxn, language)}. Es una precalificación; la aprobación final requiere revisar tu historial de crédito.",
                $"{CommonReplies.Lead(turn)} With a {Wording.Percent(loan.DownPaymentPercent, language)} down payment over {loan.TermMonths} months, you pre-qualify in band {loan.RiskBand}: {Wording.Percent(loan.AnnualRatePercent, language)} a year, a monthly payment of {Wording.Money(loan.MonthlyPaymentMxn, language)} and {Wording.Money(loan.TotalPaidMxn, language)} in total. This is a pre-qualification; final approval needs a credit bureau check.",
                $"{CommonReplies.Lead(turn)} Con {Wording.Percent(loan.DownPaymentPercent, language)} de enganche y plazo de {loan.TermMonths} meses, usted se precalifica en la banda {loan.RiskBand}: tasa anual de {Wording.Percent(loan.AnnualRatePercent, language)}, mensualidad de {Wording.Money(loan.MonthlyPaymentMxn, language)} y un total de {Wording.Money(loan.TotalPaidMxn, language)}. Es una precalificación; la aprobación final requiere revisar su historial de crédito."), completes: true);
        }

        return outcome.ErrorCode switch
        {
            ToolErrorCodes.NotEligible => AgentStep.Say(NotEligible(turn, outcome.ErrorMessage)),
            ToolErrorCodes.InvalidArgument => AgentStep.Say(turn.L(
                "Para simular necesito un enganche de al menos 10% del precio, un plazo de 12 a 72 meses y un monto a financiar entre $50,000 y $1,500,000. ¿Ajustamos los datos?",
                "To simulate I need a down payment of at least 10% of the price, a term of 12 to 72 months and a financed amount between MXN 50,000 and 1,500,000. Shall we adjust the numbers?",
                "Para simular necesito un enganche de al menos 10% del precio, un plazo de 12 a 72 meses y un monto a financiar entre $50,000 y $1,500,000. ¿Ajustamos los datos?")),
            _ => CommonReplies.Failure(turn, outcome, turn.L("la simulación", "the simulation")),
        };
    }

    /// <summary>The reason the policy gave, in the customer's words, with the figure that would qualify and what to try next.</summary>
    private static string NotEligible(AgentTurn turn, string reason)
    {
        var amounts = Amount().Matches(reason).Select(match => decimal.Parse(match.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        string Money(int index) => index < amounts.Count ? Wording.Money(amounts[index], turn.Language) : "";
        if (reason.Contains("down payment must be at least", StringComparison.OrdinalIgnoreCase))
        {
            return turn.L(
                $"Con ese enganche no alcanzas la precalificación: el enganche mínimo es el 10% del precio, es decir {Money(0)} para un auto de {Money(1)}. ¿Quieres simular con un enganche de al menos esa cantidad?",
                $"With that down payment you don't pre-qualify: the minimum down payment is 10% of the price, that is {Money(0)} for a car of {Money(1)}. Shall I simulate it with at least that much down?",
                $"Con ese enganche no alcanza la precalificación: el enganche mínimo es el 10% del precio, es decir {Money(0)} para un auto de {Money(1)}. ¿Desea simular con un enganche de al menos esa cantidad?");
        }

        if (reason.Contains("We finance between", StringComparison.OrdinalIgnoreCase))
        {
            return turn.L(
                $"Financiamos montos entre {Money(0)} y {Money(1)}, y esta solicitud financiaría {Money(2)}. ¿Ajustamos el enganche o el precio?",
                $"We finance between {Money(0)} and {Money(1)}, and this request would finance {Money(2)}. Shall we adjust the down payment or the price?",
                $"Financiamos montos entre {Money(0)} y {Money(1)}, y esta solicitud financiaría {Money(2)}. ¿Ajustamos el enganche o el precio?");
        }

        return turn.L(
            $"Con esos números la mensualidad sería de {Money(0)}, más del 35% de tu ingreso. Te precalificarías con un enganche de al menos {Money(3)}, un plazo más largo o un auto más económico. ¿Simulamos otra opción?",
            $"With those numbers the monthly payment would be {Money(0)}, more than 35% of your income. You would pre-qualify with a down payment of at least {Money(3)}, a longer term or a cheaper car. Shall we try another option?",
            $"Con esos números la mensualidad sería de {Money(0)}, más del 35% de su ingreso. Se precalificaría con un enganche de al menos {Money(3)}, un plazo más largo o un auto más económico. ¿Simulamos otra opción?");
    }

    [GeneratedRegex(@"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+")]
    private static partial Regex Amount();
}
