using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSupport.Plugins.Common;

/// <summary>
/// Writes enum values as snake_case strings (<c>in_progress</c>, <c>pending_documents</c>), the
/// vocabulary the Descriptions use, so the model never sees bare numbers.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower)
    where TEnum : struct, Enum;
