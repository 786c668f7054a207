namespace AgentSupport.Workbench.Cli;

/// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the last report lands before the work returns.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
