using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>
/// The dialogue state across turns: which task each customer message serves, which tasks were answered, and which
/// one is still open. A message that asks for nothing new ("va", "el viernes a las 10", "la mazda") carries on the
/// open task; a new request switches topic, and the task it interrupted stays open to come back to. The details a
/// task needs (plate, date, amounts) are read only from its own messages, so a car named for one request is not
/// passed to another.
/// </summary>
internal sealed class DialogueState
{
    private readonly IReadOnlyList<string?> _readings;
    private readonly IReadOnlyList<string?> _tasks;
    private readonly IReadOnlyList<ToolOutcome> _outcomes;
    private readonly Func<string, IIntentSkill?> _skillOf;

    private DialogueState(IReadOnlyList<string> texts, IReadOnlyList<string?> readings, IReadOnlyList<string?> tasks, IReadOnlyList<ToolOutcome> outcomes, Func<string, IIntentSkill?> skillOf)
    {
        Texts = texts;
        _readings = readings;
        _tasks = tasks;
        _outcomes = outcomes;
        _skillOf = skillOf;
    }

    /// <summary>The customer's messages, oldest first.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>What the latest message reads as on its own (an intent of any kind, or null).</summary>
    public string? Reading => _readings.Count == 0 ? null : _readings[^1];

    /// <summary>The task the latest message carries on or opens; null when it is no task (a greeting, a goodbye).</summary>
    public string? Current => _tasks.Count == 0 ? null : _tasks[^1];

    /// <summary>The task a message that asks for nothing new would carry on, as of the latest message.</summary>
    public string? Pending => Texts.Count == 0 ? null : PendingAt(Texts.Count - 1);

    /// <summary>
    /// Reads every message in turn. <paramref name="read"/> classifies one message on its own; <paramref name="skillOf"/>
    /// gives the skill of a task intent, null for intents the agent answers itself.
    /// </summary>
    public static DialogueState Track(OfflineConversation conversation, Func<string, string?> read, Func<string, IIntentSkill?> skillOf)
    {
        var texts = conversation.UserTexts;
        var readings = new List<string?>();
        var tasks = new List<string?>();
        var state = new DialogueState(texts, readings, tasks, conversation.AllOutcomes, skillOf);
        foreach (var text in texts)
        {
            var reading = read(text);
            var pending = state.PendingAt(readings.Count);
            readings.Add(reading);
            var resolved = Resolve(text, reading, pending, skillOf);
            tasks.Add(resolved is not null && skillOf(resolved) is not null ? resolved : null);
        }

        return state;
    }

    /// <summary>
    /// The intent a message serves: its own reading, unless it asks for no task (or is a bare confirmation that the
    /// whole-word patterns do not read as another request), which carries on the pending task; a plain goodbye stays one.
    /// </summary>
    private static string? Resolve(string text, string? reading, string? pending, Func<string, IIntentSkill?> skillOf)
    {
        var isTask = reading is not null && skillOf(reading) is not null;
        var affirmative = IntentRecognizer.IsAffirmative(text);
        if (pending is null || isTask && !(affirmative && reading != pending && IntentRecognizer.Recognize(text) != reading))
        {
            return reading;
        }

        return reading == ConversationIntents.Goodbye && PlateRecognizer.Plate(text) is null && !affirmative ? reading : pending;
    }

    /// <summary>The resolved intent of the latest message, with the same rule every earlier message was read by.</summary>
    public string? Resolved => Texts.Count == 0 ? null : Resolve(Texts[^1], Reading, Pending, _skillOf);

    /// <summary>
    /// The messages the current task's details are read from: its own, and those that asked for no task. Without a
    /// current task, all of them.
    /// </summary>
    public IReadOnlyList<string> TextsOfCurrentTask => Current is not { } current
        ? Texts
        : Texts.Where((_, index) => _tasks[index] is null || _tasks[index] == current).ToList();

    /// <summary>
    /// A task asked for earlier and never answered, other than the current one: after answering the current request the
    /// agent offers to come back to it.
    /// </summary>
    public string? Interrupted => Texts.Count == 0
        ? null
        : Enumerable.Range(0, Texts.Count - 1).Reverse().Select(index => _tasks[index])
            .FirstOrDefault(task => task is not null && task != Current && !Answered(task, Texts.Count));

    /// <summary>The latest task still unanswered before message <paramref name="index"/>, else the latest task.</summary>
    private string? PendingAt(int index)
    {
        string? latest = null;
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            if (_tasks[earlier] is not { } task)
            {
                continue;
            }

            latest ??= task;
            if (!Answered(task, index))
            {
                return task;
            }
        }

        return latest;
    }

    /// <summary>True when a function that answers the task succeeded since the customer last asked for it, before message <paramref name="before"/>.</summary>
    private bool Answered(string task, int before)
    {
        if (_skillOf(task) is not { } skill)
        {
            return true;
        }

        var asked = Enumerable.Range(0, before).LastOrDefault(index => _readings[index] == task, -1);
        return _outcomes.Any(outcome => outcome.Ok && outcome.UserMessage >= Math.Max(asked, 0) && outcome.UserMessage < before
            && outcome.Plugin == skill.Plugin && skill.Answers.Contains(outcome.Function, StringComparer.Ordinal)
            && _tasks[outcome.UserMessage] == task);
    }
}
