using AgentSupport.Web.Accounts;
using AgentSupport.Web.Workbench;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>
/// The Workbench's export files for the signed-in admin's browser (the API serves the same files to bearer tokens only).
/// Only the file names the Workbench lists can be asked for, so a URL never reaches any other file.
/// </summary>
public static class WorkbenchDownloads
{
    private const string Root = "/admin/workbench/files";

    public static string DatasetFile(string datasetId, string file) => $"{Root}/datasets/{Uri.EscapeDataString(datasetId)}/{Uri.EscapeDataString(file)}";

    public static string RunFile(string runId, string file) => $"{Root}/runs/{Uri.EscapeDataString(runId)}/{Uri.EscapeDataString(file)}";

    public static IEndpointRouteBuilder MapWorkbenchDownloads(this IEndpointRouteBuilder routes)
    {
        var files = routes.MapGroup(Root).ExcludeFromDescription().RequireAuthorization(Roles.Admin);
        files.MapGet("/datasets/{id}/{file}", (string id, string file, WorkbenchService workbench) =>
            DatasetStore.ExportFiles.Contains(file) && workbench.DatasetFile(id, file) is { } path ? Served(path, file) : Results.NotFound());
        files.MapGet("/runs/{id}/{file}", (string id, string file, WorkbenchService workbench) =>
            RunDocument.ExportFiles.Contains(file) && workbench.RunFile(id, file) is { } path ? Served(path, file) : Results.NotFound());
        return routes;
    }

    // The report opens in the page's frame; every other file downloads.
    private static IResult Served(string path, string file) => Path.GetExtension(file) switch
    {
        ".html" => Results.File(path, "text/html"),
        ".csv" => Results.File(path, "text/csv", file),
        ".json" => Results.File(path, "application/json", file),
        ".jsonl" => Results.File(path, "application/x-ndjson", file),
        _ => Results.File(path, "application/octet-stream", file),
    };
}
