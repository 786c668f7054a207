using System.Globalization;
using AgentSupport.Prompts.Vocabulary;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.WorstConversations;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>Applies the same field rules and intent matching to already-parsed conversations as the JSONL parser does.</summary>
internal static class ConversationInputReader
{
    public static ConversationRecord ToRecord(
        ConversationInput input, long position, IntentCatalog intents, CustomerMessages customer, WorstConversationCollector worst, Action<FieldWarning> warn)
    {
        double? csat = null, duration = null;
        if (input.Csat is { } rawCsat)
        {
            csat = FieldRules.Csat(rawCsat, rawCsat.ToString(CultureInfo.InvariantCulture), out var warning);
            Warn(warn, position, "csat", warning);
        }

        if (input.DurationSec is { } rawDuration)
        {
            duration = FieldRules.Duration(rawDuration, rawDuration.ToString(CultureInfo.InvariantCulture), out var warning);
            Warn(warn, position, "duration_sec", warning);
        }

        string? Label(ConversationVocabulary vocabulary, string? text)
        {
            var known = FieldRules.Known(vocabulary, text, out var warning);
            Warn(warn, position, vocabulary.Field, warning);
            return known;
        }

        customer.Clear();
        customer.BeginConversation();
        foreach (var message in input.Transcript.Where(m => m.IsCustomer))
        {
            customer.Add(message.Text);
        }

        Span<ulong> masks = stackalloc ulong[1];
        intents.Match(customer, masks);
        var mask = masks[0];
        return new ConversationRecord
        {
            Line = position,
            ConversationId = input.ConversationId,
            Context = Label(ConversationVocabulary.Contexts, input.Context),
            Channel = Label(ConversationVocabulary.Channels, input.Channel),
            Tone = Label(ConversationVocabulary.Tones, input.Tone),
            Language = Label(ConversationVocabulary.Languages, input.Language),
            Resolved = input.Resolved,
            Csat = csat,
            DurationSec = duration,
            Turns = input.Transcript.Count,
            Summary = input.Summary,
            IntentMask = mask,
            Transcript = worst.IsCandidate(mask, new WorstKey(input.Resolved, csat, position)) ? input.Transcript : null,
        };
    }

    private static void Warn(Action<FieldWarning> warn, long position, string field, string? reason)
    {
        if (reason is not null)
        {
            warn(new FieldWarning(position, field, reason));
        }
    }
}
