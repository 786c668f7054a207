using AgentSupport.Agent.Conversation;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>Adds token usages, which are null when the provider (Offline) reports none.</summary>
internal static class TokenCounts
{
    public static TokenUsage? Add(TokenUsage? left, TokenUsage? right) =>
        left is null ? right : right is null ? left : new TokenUsage(left.InputTokens + right.InputTokens, left.OutputTokens + right.OutputTokens);

    public static TokenUsage? Of(UsageDetails? usage) => usage is null ? null : TokenUsage.From(usage);
}
