using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Forms;

/// <summary>
/// Field validation for the UI's forms, read from the validation attributes of the API's request records
/// (<see cref="RegisterRequest"/>, <see cref="CreateTicketRequest"/>, ...), so a page and the API can never
/// disagree about what is valid; only the messages are the UI's own, in its language.
/// </summary>
public static class RequestRules
{
    /// <summary>A MudBlazor <c>Validation</c> function for one property of a request record.</summary>
    public static Func<string?, IEnumerable<string>> For<TRequest>(string property, UiStrings text)
    {
        var attributes = Attributes(typeof(TRequest), property);
        return value => Check(attributes, value, text);
    }

    /// <summary>The values an <see cref="AllowedValuesAttribute"/> permits for a property, in declared order.</summary>
    public static IReadOnlyList<string> Options<TRequest>(string property) =>
        Attributes(typeof(TRequest), property).OfType<AllowedValuesAttribute>().SingleOrDefault() is { } allowed
            ? allowed.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList()
            : throw new ArgumentException($"{typeof(TRequest).Name}.{property} lists no allowed values.", nameof(property));

    /// <summary>The <see cref="MaxLengthAttribute"/> limit of a property, for a field's counter.</summary>
    public static int MaxLength<TRequest>(string property) =>
        Attributes(typeof(TRequest), property).OfType<MaxLengthAttribute>().SingleOrDefault() is { } max
            ? max.Length
            : throw new ArgumentException($"{typeof(TRequest).Name}.{property} has no maximum length.", nameof(property));

    private static IReadOnlyList<ValidationAttribute> Attributes(Type request, string property) =>
        (request.GetProperty(property) ?? throw new ArgumentException($"{request.Name} has no property '{property}'.", nameof(property)))
        .GetCustomAttributes<ValidationAttribute>(inherit: true).ToList();

    private static IEnumerable<string> Check(IReadOnlyList<ValidationAttribute> attributes, string? value, UiStrings text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // An empty field gets one message, not one per rule it also fails.
            if (attributes.OfType<RequiredAttribute>().Any()) yield return text.Required;
            yield break;
        }

        foreach (var attribute in attributes.Where(a => a is not RequiredAttribute && !a.IsValid(value)))
            yield return Message(attribute, text);
    }

    private static string Message(ValidationAttribute attribute, UiStrings text) => attribute switch
    {
        MinLengthAttribute min => text.MinLength(min.Length),
        MaxLengthAttribute max => text.MaxLength(max.Length),
        EmailAddressAttribute => text.InvalidEmail,
        StrongPasswordAttribute => text.WeakPassword,
        TicketCategoryNameAttribute or TicketStatusNameAttribute or AllowedValuesAttribute => text.NotAnOption,
        _ => text.InvalidValue,
    };
}
