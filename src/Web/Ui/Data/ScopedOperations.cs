namespace AgentSupport.Web.Ui.Data;

/// <summary>
/// Runs each UI operation in a service scope of its own. A circuit lives as long as the browser tab;
/// holding one DbContext that long would serve stale data and trip over overlapping operations.
/// </summary>
public sealed class ScopedOperations(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> operation)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider);
    }

    /// <summary>A scope the caller disposes, for an operation that streams (a chat turn).</summary>
    public AsyncServiceScope Begin() => scopes.CreateAsyncScope();
}
