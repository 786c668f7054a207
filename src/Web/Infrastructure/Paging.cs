using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Infrastructure;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 100;

    public static ValidationProblem? Validate(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1) errors["page"] = ["The page starts at 1."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"The page size is between 1 and {MaxPageSize}."];
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }
}
