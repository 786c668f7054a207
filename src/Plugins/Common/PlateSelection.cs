namespace AgentSupport.Plugins.Common;

/// <summary>
/// Picks the customer's item (inspection, payout, warranty, deal) a request is about. The plate may
/// be left out when the customer has exactly one, which is how customers usually talk.
/// </summary>
internal static class PlateSelection
{
    /// <summary>The one item for <paramref name="plate"/>, or the only item when no plate is given.</summary>
    public static ToolResult<T> Single<T>(IReadOnlyList<T> items, Func<T, string> plateOf, string? plate, string what)
    {
        var matches = Filter(items, plateOf, plate, what);
        if (!matches.Ok)
        {
            return ToolResult<T>.Failure(matches.Error!);
        }

        var found = matches.Value!;
        if (found.Count > 1)
        {
            var plates = string.Join(", ", found.Select(plateOf).Distinct());
            return ToolError.InvalidArgument($"The customer has more than one {what} ({plates}); pass the plate of the one meant.");
        }

        return ToolResult<T>.Success(found[0]);
    }

    /// <summary>The items for <paramref name="plate"/>, or all of them when no plate is given; never empty.</summary>
    public static ToolResult<IReadOnlyList<T>> Filter<T>(IReadOnlyList<T> items, Func<T, string> plateOf, string? plate, string what)
    {
        if (string.IsNullOrWhiteSpace(plate))
        {
            return items.Count == 0
                ? ToolError.NotFound($"The customer has no {what}.")
                : ToolResult<IReadOnlyList<T>>.Success(items);
        }

        if (!Plate.LooksValid(plate))
        {
            return ToolError.InvalidArgument($"'{plate}' is not a licence plate (5 to 8 letters and digits, e.g. ABC-123-D).");
        }

        var matches = items.Where(item => Plate.SameAs(plateOf(item), plate)).ToList();
        return matches.Count == 0
            ? ToolError.NotFound($"The customer has no {what} for plate {Plate.Normalize(plate)}.")
            : ToolResult<IReadOnlyList<T>>.Success(matches);
    }
}
