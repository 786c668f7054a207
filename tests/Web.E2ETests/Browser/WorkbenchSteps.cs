using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

internal static class WorkbenchSteps
{
    /// <summary>Uploads the sample conversations on the datasets page and waits for their analysis.</summary>
    public static async Task UploadSampleAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/admin/workbench");
        // Blazor's InputFile only hears the change once its script has taken the input over.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(RepositoryFiles.Path("samples", "conversations_sample.jsonl"));
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("600 conversations", new() { Timeout = 30_000 });
    }
}
