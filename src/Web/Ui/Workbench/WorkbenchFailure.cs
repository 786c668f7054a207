namespace AgentSupport.Web.Ui.Workbench;

/// <summary>
/// The Workbench's refusals as messages for the page (missing run, step not possible now, bad field). Anything else is
/// unexpected: null, so the page logs it and shows its generic error.
/// </summary>
public static class WorkbenchFailure
{
    public static string? Describe(Exception exception, WorkbenchStrings text) => exception switch
    {
        KeyNotFoundException => text.RunNotFound,
        InvalidOperationException => text.NotPossible(exception.Message),
        ArgumentException argument => text.InvalidInput(argument.ParamName is null
            ? argument.Message
            : argument.Message.Replace($" (Parameter '{argument.ParamName}')", "", StringComparison.Ordinal)),
        _ => null,
    };
}
