using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Hubs;

/// <summary>Finds a hub by what the model passes: its id, or words of its id, name or city ("Monterrey", "CDMX", "Santa Fe").</summary>
internal static class HubLookup
{
    public static async Task<ToolResult<Hub>> FindAsync(IHubDirectory directory, string? hub, CancellationToken cancellationToken)
    {
        var hubs = await directory.ListHubsAsync(cancellationToken);
        var known = string.Join("; ", hubs.Select(h => $"{h.Id} ({h.Name}, {h.City})"));
        var key = TextKey.Words(hub);
        if (key.Length == 0)
        {
            return ToolError.InvalidArgument($"Say which hub. Hubs: {known}.");
        }

        var byId = hubs.FirstOrDefault(h => TextKey.Words(h.Id) == key);
        if (byId is not null)
        {
            return byId;
        }

        var matches = hubs
            .Where(h => new[] { h.Id, h.Name, h.City }.Any(text => $" {TextKey.Words(text)} ".Contains($" {key} ", StringComparison.Ordinal)))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => ToolError.NotFound($"No hub matches '{hub}'. Hubs: {known}."),
            _ => ToolError.InvalidArgument($"'{hub}' matches several hubs: {string.Join("; ", matches.Select(h => $"{h.Id} ({h.Name})"))}. Pass the hub id."),
        };
    }

    public static async Task<Hub?> FindByIdAsync(IHubDirectory directory, string hubId, CancellationToken cancellationToken)
    {
        var hubs = await directory.ListHubsAsync(cancellationToken);
        return hubs.FirstOrDefault(h => h.Id == hubId);
    }
}
