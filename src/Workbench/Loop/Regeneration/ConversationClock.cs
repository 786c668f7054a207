namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// Simulated time of a regenerated conversation: the customer needs time to think and type (more on a phone's speech,
/// less on e-mail bursts), the agent a second or two plus its tool calls. A model of time rather than the wall
/// clock keeps duration_sec reproducible and independent of how fast the machine or the model provider is.
/// </summary>
internal sealed class ConversationClock(DateTimeOffset start, string channel)
{
    private const double CustomerThinkSec = 4;
    private const double AgentBaseSec = 1.5;
    private const double ToolCallSec = 1;

    private readonly DateTimeOffset _start = start;

    public DateTimeOffset Now { get; private set; } = start;

    public double ElapsedSec => Math.Round((Now - _start).TotalSeconds, 1);

    public DateTimeOffset CustomerWrites(string text) => Advance(CustomerThinkSec + text.Length / CustomerCharsPerSecond);

    public DateTimeOffset AgentAnswers(string text, int toolCalls) => Advance(AgentBaseSec + toolCalls * ToolCallSec + text.Length / AgentCharsPerSecond);

    private double CustomerCharsPerSecond => channel switch
    {
        "telefono" => 14,
        "email" => 6,
        "whatsapp" => 3.5,
        _ => 4,
    };

    // Phone answers are spoken; written ones are delivered at once but read at this pace.
    private double AgentCharsPerSecond => channel == "telefono" ? 14 : 40;

    private DateTimeOffset Advance(double seconds)
    {
        Now = Now.AddSeconds(Math.Round(seconds, 1));
        return Now;
    }
}
