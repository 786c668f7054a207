using System.Diagnostics;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Loop.Judging;
using Polly;
using Polly.Retry;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// Regenerates a scenario set with both prompt versions, the two arms of a scenario sharing its seed, and judges each
/// conversation. Conversations run in parallel; one that fails is re-run with exponential backoff and jitter (or the
/// provider's Retry-After), and one that still fails is recorded as failed, never dropped. Cancellation stops new
/// work at once and propagates; results already handed to <c>onResult</c> stay, so a later run can resume.
/// </summary>
public sealed class PairedRegenerator(ConversationSimulator simulator, ConversationJudge judge, RegenerationOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <param name="done">Conversations already recorded (by scenario and arm); they are not run again.</param>
    /// <param name="onResult">Receives each result as it finishes, from several threads; persist it here.</param>
    /// <returns>The results of this call, in scenario order, baseline before candidate.</returns>
    public async Task<IReadOnlyList<ConversationResult>> RunAsync(
        IReadOnlyList<Scenario> scenarios,
        RegenerationPrompts prompts,
        IReadOnlySet<(string ScenarioId, Arm Arm)> done,
        Func<ConversationResult, CancellationToken, ValueTask> onResult,
        IProgress<RegenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var work = scenarios
            .SelectMany(scenario => new[] { Arm.Baseline, Arm.Candidate }.Select(arm => (Scenario: scenario, Arm: arm)))
            .Where(item => !done.Contains((item.Scenario.Id, item.Arm)))
            .ToArray();
        var results = new ConversationResult?[work.Length];
        var (completed, failed) = (0, 0);
        var retry = RetryPipeline();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, work.Length),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var (scenario, arm) = work[index];
                var result = await RunOneAsync(scenario, arm, prompts, retry, token);
                await onResult(result, token);
                results[index] = result;
                var failedSoFar = result.Failed ? Interlocked.Increment(ref failed) : Volatile.Read(ref failed);
                progress?.Report(new RegenerationProgress(work.Length, Interlocked.Increment(ref completed), failedSoFar, scenario.Id, arm, !result.Failed));
            });
        return results.Select(r => r!).ToArray();
    }

    private async Task<ConversationResult> RunOneAsync(Scenario scenario, Arm arm, RegenerationPrompts prompts, ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        var prompt = prompts.Agent(arm);
        var attempts = 0;
        SimulatedConversation conversation;
        using (var span = StartSpan(AgentSupportTelemetry.RegenerateSpan, scenario, arm))
        {
            try
            {
                conversation = await retry.ExecuteAsync(async token =>
                {
                    Interlocked.Increment(ref attempts);
                    return await simulator.RunAsync(scenario, prompt, prompts.Simulator, token);
                }, cancellationToken);
                // The agent's and the simulated customer's tokens together, each already counted where its call was made.
                AgentSupportTelemetry.TagTokens(span, conversation.Usage);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                span?.SetStatus(ActivityStatusCode.Error, ex.Message);
                return Failed(scenario, arm, prompt, attempts, ex);
            }
        }

        var (judgement, judgeFailure, judgeUsage) = await JudgeOneAsync(scenario, arm, conversation, prompts.Judge, retry, cancellationToken);
        var usage = TokenCounts.Add(conversation.Usage, judgeUsage);
        return new ConversationResult
        {
            ScenarioId = scenario.Id,
            Arm = arm,
            PromptVersion = prompt.Number,
            Attempts = attempts,
            Transcript = conversation.Transcript,
            CustomerEnded = conversation.CustomerEnded,
            DurationSec = conversation.DurationSec,
            Effects = conversation.Sandbox.Effects,
            Judgement = judgement,
            JudgeFailure = judgeFailure,
            Usage = usage,
            FinishedAt = _time.GetUtcNow(),
        };
    }

    private ConversationResult Failed(Scenario scenario, Arm arm, PromptVersion prompt, int attempts, Exception ex)
    {
        var partial = ex as ConversationFailedException;
        return new ConversationResult
        {
            ScenarioId = scenario.Id,
            Arm = arm,
            PromptVersion = prompt.Number,
            Failure = ex.Message,
            Attempts = attempts,
            Transcript = partial?.Partial ?? [],
            DurationSec = partial?.PartialDurationSec ?? 0,
            FinishedAt = _time.GetUtcNow(),
        };
    }

    /// <summary>
    /// Scores held conversations again with another judge version (after the judge prompt changed), with the same
    /// parallelism and retries; failed conversations have nothing to score and are left out.
    /// </summary>
    public async Task RejudgeAsync(
        IReadOnlyList<(Scenario Scenario, ConversationResult Result)> conversations,
        PromptVersion judgePrompt,
        Func<ConversationResult, CancellationToken, ValueTask> onResult,
        IProgress<RegenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var work = conversations.Where(c => !c.Result.Failed).ToArray();
        var retry = RetryPipeline();
        var (completed, unscored) = (0, 0);
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                var (scenario, held) = item;
                var conversation = new SimulatedConversation(held.Transcript, held.CustomerEnded, held.DurationSec, new SandboxSnapshot(held.FinishedAt, [], held.Effects), null);
                var (judgement, failure, usage) = await JudgeOneAsync(scenario, held.Arm, conversation, judgePrompt, retry, token);
                var result = held with { Judgement = judgement, JudgeFailure = failure, Usage = TokenCounts.Add(held.Usage, usage), FinishedAt = _time.GetUtcNow() };
                await onResult(result, token);
                var unscoredSoFar = failure is null ? Volatile.Read(ref unscored) : Interlocked.Increment(ref unscored);
                progress?.Report(new RegenerationProgress(work.Length, Interlocked.Increment(ref completed), unscoredSoFar, scenario.Id, held.Arm, failure is null));
            });
    }

    private async Task<(Judgement? Judgement, string? Failure, TokenUsage? Usage)> JudgeOneAsync(
        Scenario scenario, Arm arm, SimulatedConversation conversation, PromptVersion judgePrompt, ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        using var span = StartSpan(AgentSupportTelemetry.JudgeSpan, scenario, arm);
        try
        {
            var (judgement, usage) = await retry.ExecuteAsync(
                token => new ValueTask<(Judgement, TokenUsage?)>(judge.JudgeAsync(scenario, conversation, judgePrompt, token)), cancellationToken);
            AgentSupportTelemetry.TokensUsed(span, ModelRoles.Judge, usage);
            return (judgement, null, usage);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return (null, ex.Message, null);
        }
    }

    private static Activity? StartSpan(string name, Scenario scenario, Arm arm) =>
        AgentSupportTelemetry.Source.StartActivity(name)
            ?.SetTag(AgentSupportTelemetry.ScenarioTag, scenario.Id)
            .SetTag(AgentSupportTelemetry.ArmTag, arm.ToString());

    private ResiliencePipeline RetryPipeline() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = options.Retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            // A cancellation by the caller is not a failure to retry; a timeout has already become one.
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Exception, _time.GetUtcNow())),
        })
        .Build();
}
