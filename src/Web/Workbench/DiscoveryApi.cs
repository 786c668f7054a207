using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using AgentSupport.Web.Accounts;
using AgentSupport.Workbench.Discovery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Workbench;

/// <summary>Intent discovery over HTTP: discover, review, rename, merge, accept into the intents table, reject.</summary>
public static class DiscoveryApi
{
    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workbench").WithTags("Workbench").RequireAuthorization(Roles.Admin);
        api.MapPost("/discoveries", DiscoverAsync).WithName("Discover")
            .WithSummary("Group the customer messages no intent catches (a dataset's, or the live conversations') into candidate intents");
        api.MapGet("/discoveries", ListAsync).WithName("ListDiscoveries").WithSummary("Discoveries, newest first, with their candidates");
        api.MapGet("/discoveries/{id}", GetAsync).WithName("GetDiscovery").WithSummary("A discovery: its candidates and their status");
        api.MapPut("/discoveries/{id}/candidates/{candidate}", RenameAsync).WithName("RenameCandidate").WithSummary("Rename a candidate or change its description");
        api.MapPost("/discoveries/{id}/merge", MergeAsync).WithName("MergeCandidates").WithSummary("Merge candidates into one, measured anew");
        api.MapPost("/discoveries/{id}/candidates/{candidate}/accept", AcceptAsync).WithName("AcceptCandidate")
            .WithSummary("Add the candidate to the intents table (audited); analyses, tool rankings and proposals use it from then on");
        api.MapPost("/discoveries/{id}/candidates/{candidate}/reject", RejectAsync).WithName("RejectCandidate").WithSummary("Reject the candidate (audited)");
        api.MapGet("/intents", IntentsAsync).WithName("ListIntents").WithSummary("The intents table in force and the audit of accepted and rejected candidates");
        return routes;
    }

    public static Task<Results<Created<JsonObject>, ProblemHttpResult, ValidationProblem>> DiscoverAsync(DiscoveryBody body, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Created<JsonObject>>(async () =>
        {
            var record = await discovery.DiscoverAsync(new DiscoveryRequest(body.DatasetId, body.K, body.Embedder, body.AllMessages, body.Seed), ct);
            return TypedResults.Created($"/api/workbench/discoveries/{record.Id}", Describe(record));
        });

    public static async Task<Ok<List<JsonObject>>> ListAsync(DiscoveryService discovery, CancellationToken ct) =>
        TypedResults.Ok((await discovery.ListAsync(ct)).Select(Describe).ToList());

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> GetAsync(string id, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(await discovery.FindAsync(id, ct))));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> RenameAsync(
        string id, string candidate, RenameBody body, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(await discovery.RenameAsync(id, candidate, body.Name, body.Description, ct))));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> MergeAsync(string id, MergeBody body, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(await discovery.MergeAsync(id, body.Candidates, ct))));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> AcceptAsync(
        string id, string candidate, ClaimsPrincipal user, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(await discovery.AcceptAsync(id, candidate, user.Email(), ct))));

    public static Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> RejectAsync(
        string id, string candidate, RejectCandidateBody body, ClaimsPrincipal user, DiscoveryService discovery, CancellationToken ct) =>
        HandleAsync<Ok<JsonObject>>(async () => TypedResults.Ok(Describe(await discovery.RejectAsync(id, candidate, user.Email(), body.Reason, ct))));

    public static async Task<Ok<JsonObject>> IntentsAsync(DiscoveryService discovery, CancellationToken ct) =>
        TypedResults.Ok(new JsonObject
        {
            ["intents"] = new JsonArray(discovery.Intents.Current().Intents.Select(i => (JsonNode)new JsonObject
            {
                ["name"] = i.Name, ["tool"] = i.Tool, ["effort"] = i.Effort, ["pattern"] = i.Pattern.ToString(),
            }).ToArray()),
            ["audit"] = System.Text.Json.JsonSerializer.SerializeToNode(await discovery.Intents.ReadAuditAsync(ct), DiscoveryJson.Options),
        });

    /// <summary>The discovery without its message list: candidates with their status.</summary>
    private static JsonObject Describe(DiscoveryRecord record)
    {
        var result = System.Text.Json.JsonSerializer.SerializeToNode(record.Result, DiscoveryJson.Options)!.AsObject();
        result.Remove("messages");
        result.Remove("conversations");
        result.Remove("clusters");
        foreach (var candidate in result["candidates"]!.AsArray().OfType<JsonObject>())
        {
            candidate.Remove("members");
            candidate["status"] = record.StatusOf(candidate["id"]!.GetValue<string>()).ToString().ToLowerInvariant();
        }

        result["id"] = record.Id;
        result["source"] = record.Source;
        result["created_at"] = record.CreatedAt;
        return result;
    }

    private static async Task<Results<TResult, ProblemHttpResult, ValidationProblem>> HandleAsync<TResult>(Func<Task<TResult>> action) where TResult : IResult
    {
        try
        {
            return await action();
        }
        catch (KeyNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.ParamName ?? "request"] = [message] });
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: ex.Message);
        }
    }
}

public sealed record DiscoveryBody(
    [property: MaxLength(64)] string? DatasetId = null,
    [property: Range(1, 500)] int? K = null,
    [property: MaxLength(20)] string? Embedder = null,
    bool AllMessages = false,
    int Seed = 42);

public sealed record RenameBody([property: Required, MaxLength(60)] string Name, [property: MaxLength(500)] string? Description = null);

public sealed record MergeBody([property: Required, MinLength(2), MaxLength(50)] IReadOnlyList<string> Candidates);

public sealed record RejectCandidateBody([property: Required, MinLength(1), MaxLength(2000)] string Reason);
