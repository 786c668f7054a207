using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentSupport.Web.Domain;

/// <summary>
/// Stores an enum as its snake_case name ("pending_documents"), the words the plugins use, so rows
/// stay readable in SQL and survive reordering of the enum's members.
/// </summary>
internal sealed class EnumNameConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => EnumNames<TEnum>.NameOf(value),
    name => EnumNames<TEnum>.Parse(name))
    where TEnum : struct, Enum
{
    public const int MaxLength = 30;
}
