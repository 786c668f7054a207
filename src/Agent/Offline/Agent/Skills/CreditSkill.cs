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

    public string Capability(AgentTurn turn) => CreditPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, CreditPrequalificationPlugin.SimulateCredit))
        {
            return Answer(turn, outcome);
        }

        var facts = turn.Facts;
        var say = CreditPhrases.Book.For(turn);
        var missing = new List<string>();
        if (facts.MonthlyIncome is null)
        {
            missing.Add(say.Income);
        }

        if (facts.CarPrice is null)
        {
            missing.Add(say.Price);
        }

        if (facts.DownPayment is null && facts.DownPaymentPercent is null)
        {
            missing.Add(say.DownPayment);
        }

        if (missing.Count > 0)
        {
            return AgentStep.Say(say.Need(Wording.List(missing, turn.Language)));
        }

        return AgentStep.Call(Plugin, CreditPrequalificationPlugin.SimulateCredit, CommonReplies.Arguments(
            ("monthlyIncome", facts.MonthlyIncome),
            ("downPayment", facts.DownPaymentAmount),
            ("carPrice", facts.CarPrice),
            ("termMonths", facts.TermMonths ?? DefaultTermMonths)));
    }

    private static AgentStep Answer(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        var say = CreditPhrases.Book.For(turn);
        if (outcome.Value<CreditSimulation>() is { } loan)
        {
            var language = turn.Language;
            return AgentStep.Say(say.PreQualified(CommonReplies.Lead(turn), Wording.Percent(loan.DownPaymentPercent, language), loan.TermMonths, loan.RiskBand,
                Wording.Percent(loan.AnnualRatePercent, language), Wording.Money(loan.MonthlyPaymentMxn, language), Wording.Money(loan.TotalPaidMxn, language)), completes: true);
        }

        return outcome.ErrorCode switch
        {
            ToolErrorCodes.NotEligible => AgentStep.Say(NotEligible(turn, say, outcome.ErrorMessage)),
            ToolErrorCodes.InvalidArgument => AgentStep.Say(say.OutOfRange),
            _ => CommonReplies.Failure(turn, outcome, say.TheSimulation),
        };
    }

    /// <summary>The reason the policy gave, in the customer's words, with the figure that would qualify and what to try next.</summary>
    private static string NotEligible(AgentTurn turn, CreditPhrases say, string reason)
    {
        var amounts = Amount().Matches(reason).Select(match => decimal.Parse(match.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        string Money(int index) => index < amounts.Count ? Wording.Money(amounts[index], turn.Language) : "";
        if (reason.Contains("down payment must be at least", StringComparison.OrdinalIgnoreCase))
        {
            return say.BelowMinimumDown(Money(0), Money(1));
        }

        return reason.Contains("We finance between", StringComparison.OrdinalIgnoreCase)
            ? say.FinancedOutOfRange(Money(0), Money(1), Money(2))
            : say.OverIncomeShare(Money(0), Money(3));
    }

    [GeneratedRegex(@"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+")]
    private static partial Regex Amount();
}
