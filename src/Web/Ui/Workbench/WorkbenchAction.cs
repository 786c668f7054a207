using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>Runs a page's Workbench action and turns its failure into the message the page shows (null when it worked).</summary>
public static class WorkbenchAction
{
    public static async Task<string?> TryAsync(Func<Task> action, UiStrings text, ILogger logger, CancellationToken pageClosed)
    {
        try
        {
            await action();
            return null;
        }
        catch (OperationCanceledException) when (pageClosed.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            if (WorkbenchFailure.Describe(exception, text.Workbench) is { } message) return message;
            logger.LogError(exception, "A Workbench action failed");
            return text.ActionFailed;
        }
    }
}
