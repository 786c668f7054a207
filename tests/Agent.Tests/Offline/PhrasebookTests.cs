using System.Reflection;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Agent;

namespace AgentSupport.Agent.Tests.Offline;

/// <summary>
/// The formal register is the Spanish phrasebook with its "usted" sentences: a sentence the formal one forgets to
/// override would address the customer as "tú". Every sentence of every phrasebook is worded here to catch it.
/// </summary>
public sealed partial class PhrasebookTests
{
    public static TheoryData<string> Phrasebooks() => [.. Books().Select(book => book.Name)];

    [Theory]
    [MemberData(nameof(Phrasebooks))]
    public void The_formal_register_never_addresses_the_customer_as_tu(string phrasebook)
    {
        var formal = Register(phrasebook, "SpanishFormal");

        // Capabilities ("tus pagos") read the same in both Spanish registers: the formal replies have always listed them so.
        Assert.All(Sentences(formal, except: "Capability"), sentence => Assert.DoesNotMatch(Informal(), sentence));
    }

    [Fact]
    public void The_check_recognises_tu() =>
        Assert.Contains(Sentences(Register(nameof(CommonPhrases), "Spanish")), sentence => Informal().IsMatch(sentence));

    [Theory]
    [MemberData(nameof(Phrasebooks))]
    public void Every_register_words_every_sentence(string phrasebook)
    {
        var registers = new[] { "Spanish", "SpanishFormal", "English" }.Select(name => Sentences(Register(phrasebook, name))).ToList();

        Assert.All(registers, sentences => Assert.All(sentences, sentence => Assert.False(string.IsNullOrWhiteSpace(sentence))));
        Assert.NotEqual(registers[0], registers[2]);
    }

    private static IEnumerable<Type> Books() =>
        typeof(Phrasebook<>).Assembly.GetTypes().Concat(typeof(PhrasebookTests).Assembly.GetTypes())
            .Where(type => type.GetProperty("Book", BindingFlags.Public | BindingFlags.Static)?.PropertyType is { IsGenericType: true } property
                && property.GetGenericTypeDefinition() == typeof(Phrasebook<>));

    private static object Register(string phrasebook, string register)
    {
        var book = Books().Single(type => type.Name == phrasebook).GetProperty("Book")!.GetValue(null)!;
        return book.GetType().GetProperty(register)!.GetValue(book)!;
    }

    /// <summary>Every sentence of one register: texts as they are, parametrised sentences worded with sample values.</summary>
    private static List<string> Sentences(object phrases, string? except = null) =>
        phrases.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != except)
            .SelectMany(property => property.GetValue(phrases) switch
            {
                string text => [text],
                IEnumerable<string> texts => texts,
                Delegate sentence => Samples(sentence.Method.GetParameters()).Select(values => (string)sentence.DynamicInvoke(values)!),
                _ => [],
            })
            .ToList();

    /// <summary>Sample values for a sentence's parameters; an enumeration parameter is tried with each of its values.</summary>
    private static IEnumerable<object?[]> Samples(ParameterInfo[] parameters)
    {
        var enumeration = parameters.FirstOrDefault(parameter => parameter.ParameterType.IsEnum)?.ParameterType;
        var choices = enumeration is null ? [null] : Enum.GetValues(enumeration).Cast<object?>().ToArray();
        return choices.Select(choice => parameters.Select(parameter => parameter.ParameterType switch
        {
            { IsEnum: true } => choice,
            var type when type == typeof(int) => (object?)2,
            _ => "X",
        }).ToArray());
    }

    [GeneratedRegex(@"\b(tu|tus|te|ti|puedes|quieres|prefieres|necesitas|tienes|dime|buscas|compartes|confirmas|cuentas|intenta|darías|alcanzas|precalificas|precalificarías|aceptaste)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Informal();
}
