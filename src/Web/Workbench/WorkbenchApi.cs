using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json.Nodes;
using AgentSupport.Prompts.Validation;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Privacy;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AgentSupport.Web.Workbench;

public static class WorkbenchApi
{
    /// <summary>The largest conversation file an admin may upload.</summary>
    public const long MaxUploadBytes = 1L << 30;

    /// <summary>RFC 2046 allows 70 characters; the reader's buffer must hold the boundary.</summary>
    private const int MaxBoundaryLength = 70;

    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workbench").WithTags("Workbench").RequireAuthorization(Roles.Admin);

        api.MapPost("/datasets", UploadAsync).WithName("UploadDataset")
            .WithSummary("Upload a JSONL conversation file (multipart, up to 1 GB), stored as it streams in, and analyse it")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        api.MapGet("/datasets", ListDatasetsAsync).WithName("ListDatasets").WithSummary("Stored datasets, newest first");
        api.MapGet("/datasets/{id}/analysis", GetAnalysis).WithName("GetDatasetAnalysis")
            .WithSummary("The dataset's analysis: the same object, with the same keys, as the CLI's analyze --json");
        api.MapPost("/datasets/from-live", ImportLiveAsync).WithName("ImportLiveDataset")
            .WithSummary("Snapshot the live conversations of a date range into a dataset");
        api.MapGet("/datasets/{id}/exports/{file}", GetDatasetExport).WithName("GetDatasetExport")
            .WithSummary("candidate_tools_ranked.csv, baseline_meta.csv or analysis.json of a dataset");

        api.MapPost("/runs", StartRunAsync).WithName("StartRun").WithSummary("Create a run on a dataset and start it in the background");
        api.MapGet("/runs", ListRunsAsync).WithName("ListRuns").WithSummary("Every run, newest first");
        api.MapGet("/runs/{id}", GetRunAsync).WithName("GetRun")
            .WithSummary("A run: parameters, prompt versions, model, seed, status, proposal, comparison and decision");
        api.MapGet("/runs/{id}/progress", WatchRunAsync).WithName("WatchRun")
            .WithSummary("The run's progress as server-sent events, ending when it stops");
        api.MapPost("/runs/{id}/approve", ApproveAsync).WithName("ApproveRun")
            .WithSummary("Approve the proposal (optionally edited) as the candidate version; the run then goes on in the background");
        api.MapPost("/runs/{id}/cancel", Cancel).WithName("CancelRun").WithSummary("Cancel a queued or running run; what it finished is kept");
        api.MapPost("/runs/{id}/resume", ResumeAsync).WithName("ResumeRun").WithSummary("Take a cancelled, failed or interrupted run further");
        api.MapPost("/runs/{id}/promote", PromoteAsync).WithName("PromoteRun")
            .WithSummary("Move production to the candidate; refused unless the verdict is better or forced with a reason");
        api.MapPost("/runs/{id}/reject", RejectAsync).WithName("RejectRun").WithSummary("Reject the candidate");
        api.MapGet("/runs/{id}/exports/{file}", GetRunExport).WithName("GetRunExport").WithSummary("One of the run's export files");

        return routes.MapDiscoveryApi();
    }

    public static async Task<Results<Created<DatasetInfo>, ProblemHttpResult>> UploadAsync(HttpRequest request, WorkbenchService workbench, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= MaxBoundaryLength } boundary)
        {
            return Problem(StatusCodes.Status400BadRequest, "Send the file as multipart/form-data", "The body must be a multipart form with one JSONL file.");
        }

        // Set here as well as by the endpoint's metadata, so the limit holds on any server that lets it be changed.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxUploadBytes;

        // Sections are read straight off the request body, so the file reaches the disk without being buffered.
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = MaxUploadBytes };
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                return Imported(await workbench.ImportUploadAsync(name, section.Body, ct));
            }
        }
        // The form ended before its closing boundary, or its part headers are broken: what was stored of it is gone.
        catch (Exception ex) when (ex is IOException or InvalidDataException && !ct.IsCancellationRequested)
        {
            return Problem(StatusCodes.Status400BadRequest, "The upload is incomplete", "The multipart form ended before its end, or its parts are malformed; send the file again.");
        }
        return Problem(StatusCodes.Status400BadRequest, "No file in the upload", "The multipart form holds no file.");
    }

    public static async Task<Ok<IReadOnlyList<DatasetInfo>>> ListDatasetsAsync(WorkbenchService workbench, CancellationToken ct) =>
        TypedResults.Ok(await workbench.ListDatasetsAsync(ct));

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetAnalysis(string id, WorkbenchService workbench) =>
        workbench.DatasetFile(id, DatasetStore.AnalysisResultFile) is { } path
            ? TypedResults.PhysicalFile(path, "application/json")
            : DatasetNotFound(id);

    public static async Task<Results<Created<DatasetInfo>, ProblemHttpResult, ValidationProblem>> ImportLiveAsync(
        LiveDatasetRequest request, WorkbenchService workbench, CancellationToken ct)
    {
        if (request.From is { } from && request.To is { } to && from > to)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["'from' must not be after 'to'."] });
        var import = await workbench.ImportLiveAsync(request.From, request.To, request.Context, ct);
        return import.Dataset is null
            ? Problem(StatusCodes.Status400BadRequest, "No live conversation to snapshot", "No live conversation was created in that range.")
            : TypedResults.Created($"/api/workbench/datasets/{import.Dataset.Id}", import.Dataset);
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetDatasetExport(string id, string file, WorkbenchService workbench) =>
        DatasetStore.ExportFiles.Contains(file) && workbench.DatasetFile(id, file) is { } path
            ? TypedResults.PhysicalFile(path, ContentTypeOf(file), file)
            : ExportNotFound(file, DatasetStore.ExportFiles);

    public static async Task<Results<Created<JsonObject>, ProblemHttpResult, ValidationProblem>> StartRunAsync(
        StartRunRequest request, ClaimsPrincipal user, WorkbenchService workbench, TimeProvider clock, PrivacyAudit audit, CancellationToken ct)
    {
        if (!request.RedactExports && string.IsNullOrWhiteSpace(request.UnredactedReason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["unredactedReason"] = ["Exports keep personal data only with a reason."],
            });
        }

        var parameters = new RunParameters
        {
            Dataset = request.DatasetId,
            PerContext = request.PerContext,
            Parallelism = request.Parallelism,
            Retries = request.Retries,
            Temperature = request.Temperature,
            Seed = request.Seed,
            BaselineVersion = request.BaselineVersion,
            // The proposal is read by the admin who asked for it: in the language the request speaks.
            ProposalLanguage = UiCultures.LanguageOf(CultureInfo.CurrentUICulture.Name),
            UnredactedExports = request.RedactExports ? null : new UnredactedExports(user.Email(), request.UnredactedReason!.Trim(), clock.GetUtcNow()),
        };
        return await HandleAsync<Created<JsonObject>>(async () =>
        {
            var run = await workbench.StartRunAsync(request.DatasetId, parameters, request.AutoApprove ? user.Email() : null, ct);
            if (parameters.UnredactedExports is { } unredacted)
                await audit.RecordAsync(user, PrivacyActions.UnredactedExports, $"workbench run {run.Id}", reason: unredacted.Reason, ct: ct);
            return TypedResults.Created($"/api/workbench/runs/{run.Id}", Describe(workbench, run));
        });
    }

    public static async Task<Ok<List<RunSummary>>> ListRunsAsync(WorkbenchService workbench, CancellationToken ct) =>
        TypedResults.Ok((await workbench.ListRunsAsync(ct)).Select(r => RunSummary.From(r, workbench.ActiveProgress(r.Id) is not null)).ToList());

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> GetRunAsync(string id, WorkbenchService workbench, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => await workbench.FindRunAsync(id, ct) is { } run
            ? TypedResults.Ok(Describe(workbench, run))
            : throw new KeyNotFoundException($"There is no run {id}."));

    public static async Task<Results<ServerSentEventsResult<RunProgressEvent>, ProblemHttpResult, ValidationProblem>> WatchRunAsync(
        string id, WorkbenchService workbench, CancellationToken ct) =>
        await HandleAsync<ServerSentEventsResult<RunProgressEvent>>(async () => await workbench.FindRunAsync(id, ct) is null
            ? throw new KeyNotFoundException($"There is no run {id}.")
            : TypedResults.ServerSentEvents(Events(workbench.WatchAsync(id, ct), ct)));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> ApproveAsync(
        string id, ProposalEdit? edit, ClaimsPrincipal user, WorkbenchService workbench, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(workbench, await workbench.ApproveAsync(id, user.Email(), edit, ct))));

    public static Results<Accepted, ProblemHttpResult> Cancel(string id, WorkbenchService workbench) =>
        workbench.Cancel(id)
            ? TypedResults.Accepted($"/api/workbench/runs/{id}")
            : Problem(StatusCodes.Status409Conflict, "The run is not running", $"Run {id} is neither queued nor running.");

    public static Task<Results<Accepted<JsonObject>, ProblemHttpResult, ValidationProblem>> ResumeAsync(
        string id, ResumeRunRequest? request, ClaimsPrincipal user, WorkbenchService workbench, CancellationToken ct) =>
        HandleAsync<Accepted<JsonObject>>(async () =>
        {
            var run = await workbench.ResumeAsync(id, request?.AutoApprove == true ? user.Email() : null, ct);
            return TypedResults.Accepted($"/api/workbench/runs/{id}", Describe(workbench, run));
        });

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> PromoteAsync(
        string id, PromoteRunRequest? request, ClaimsPrincipal user, WorkbenchService workbench, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () =>
            TypedResults.Ok(Describe(workbench, await workbench.PromoteAsync(id, user.Email(), request?.Force ?? false, request?.Reason, request?.AcceptTradeOff ?? false, ct))));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> RejectAsync(
        string id, RejectRunRequest request, ClaimsPrincipal user, WorkbenchService workbench, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(workbench, await workbench.RejectAsync(id, user.Email(), request.Reason, ct))));

    public static Task<Results<PhysicalFileHttpResult, ProblemHttpResult, ValidationProblem>> GetRunExport(string id, string file, WorkbenchService workbench) =>
        HandleAsync<PhysicalFileHttpResult>(() => Task.FromResult(workbench.RunFile(id, file) is { } path
            ? TypedResults.PhysicalFile(path, ContentTypeOf(file), file)
            : throw new KeyNotFoundException(ExportMissing(file, RunDocument.ExportFiles))));

    /// <summary>Turns the service's exceptions into problem details: missing → 404, not now → 409, bad field → 400.</summary>
    private static async Task<Results<TResult, ProblemHttpResult, ValidationProblem>> HandleAsync<TResult>(Func<Task<TResult>> action)
        where TResult : IResult
    {
        try
        {
            return await action();
        }
        catch (PromptValidationException ex)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["candidate"] = ex.Problems.Select(p => $"line {p.Line}, column {p.Column}: {p.Message}").ToArray() },
                title: "The approved changes make no valid prompt version");
        }
        catch (KeyNotFoundException ex)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", ex.Message);
        }
        catch (PromotionRefusedException ex)
        {
            return Problem(StatusCodes.Status409Conflict, "Promotion refused", ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return Problem(StatusCodes.Status409Conflict, "The run is not ready for this", ex.Message);
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.ParamName ?? "request"] = [message] });
        }
    }

    private static JsonObject Describe(WorkbenchService workbench, RunRecord run) =>
        RunDocument.Describe(run, workbench.ActiveProgress(run.Id), workbench.RunExportsOf(run.Id));

    private static async IAsyncEnumerable<SseItem<RunProgressEvent>> Events(IAsyncEnumerable<RunProgressEvent> progress, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in progress.WithCancellation(ct))
            yield return new SseItem<RunProgressEvent>(item, item.Active ? "progress" : "end");
    }

    private static Results<Created<DatasetInfo>, ProblemHttpResult> Imported(DatasetImport import)
    {
        if (import.Dataset is { } dataset) return TypedResults.Created($"/api/workbench/datasets/{dataset.Id}", dataset);
        var problem = TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No valid conversation in the file",
            detail: $"None of the lines is a conversation ({import.NBadLines} bad line(s)); nothing was stored.");
        problem.ProblemDetails.Extensions["n_bad_lines"] = import.NBadLines;
        problem.ProblemDetails.Extensions["bad_lines"] = import.BadLines;
        return problem;
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".csv" => "text/csv",
        ".json" => "application/json",
        ".jsonl" => "application/x-ndjson",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    private static ProblemHttpResult DatasetNotFound(string id) =>
        Problem(StatusCodes.Status404NotFound, "Dataset not found", $"There is no dataset {id}.");

    private static ProblemHttpResult ExportNotFound(string file, IReadOnlyList<string> known) =>
        Problem(StatusCodes.Status404NotFound, "Export not found", ExportMissing(file, known));

    private static string ExportMissing(string file, IReadOnlyList<string> known) =>
        $"'{file}' is not an export here; the exports are {string.Join(", ", known)} (once written).";

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

public sealed record LiveDatasetRequest(DateTime? From, DateTime? To, [property: MaxLength(30)] string? Context);

public sealed record StartRunRequest(
    [property: Required] string DatasetId,
    [property: Range(1, 10)] int PerContext = 3,
    [property: Range(1, 16)] int Parallelism = 8,
    [property: Range(1, 8)] int Retries = 3,
    [property: Range(0.0, 1.5)] float? Temperature = 0.7f,
    int Seed = 42,
    [property: Range(1, int.MaxValue)] int? BaselineVersion = null,
    bool AutoApprove = false,
    bool RedactExports = true,
    [property: MaxLength(2000)] string? UnredactedReason = null);

public sealed record ResumeRunRequest(bool AutoApprove = false);

/// <param name="AcceptTradeOff">Confirms the trade-off of a "better, with a trade-off" verdict, which then promotes without force.</param>
public sealed record PromoteRunRequest(bool Force = false, [property: MaxLength(2000)] string? Reason = null, bool AcceptTradeOff = false);

public sealed record RejectRunRequest([property: Required, MinLength(1), MaxLength(2000)] string Reason);
