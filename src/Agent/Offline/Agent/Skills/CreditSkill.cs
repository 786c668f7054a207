using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Credit;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>credit_prequal: simulate a car loan from the customer's income, the car price and the down payment.</summary>
internal sealed class CreditSkill : IIntentSkill
{
    /// <summary>Term used when the customer names none, said out loud in the answer.</summary>
    private const int DefaultTermMonths = 48;

    public string Intent => Intents.Credit;

    public string Plugin => "CreditPrequalification";

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, "simulate_credit"))
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

        return AgentStep.Call(Plugin, "simulate_credit", CommonReplies.Arguments(
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
            ToolErrorCodes.NotEligible => AgentStep.Say(turn.L(
                "Con esos números la mensualidad superaría el 35% de tu ingreso, así que no alcanzas la precalificación. Un enganche mayor o un plazo más largo ayudaría. ¿Simulamos otra opción?",
                "With those numbers the monthly payment would exceed 35% of your income, so you don't pre-qualify. A larger down payment or a longer term would help. Shall we try another option?",
                "Con esos números la mensualidad superaría el 35% de su ingreso, así que no alcanza la precalificación. Un enganche mayor o un plazo más largo ayudaría. ¿Simulamos otra opción?")),
            ToolErrorCodes.InvalidArgument => AgentStep.Say(turn.L(
                "Para simular necesito un enganche de al menos 10% del precio, un plazo de 12 a 72 meses y un monto a financiar entre $50,000 y $1,500,000. ¿Ajustamos los datos?",
                "To simulate I need a down payment of at least 10% of the price, a term of 12 to 72 months and a financed amount between MXN 50,000 and 1,500,000. Shall we adjust the numbers?",
                "Para simular necesito un enganche de al menos 10% del precio, un plazo de 12 a 72 meses y un monto a financiar entre $50,000 y $1,500,000. ¿Ajustamos los datos?")),
            _ => CommonReplies.Failure(turn, outcome, turn.L("la simulación", "the simulation")),
        };
    }
}
