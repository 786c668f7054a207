using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Tests.Common;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("engine", WarrantyComponent.Engine)]
    [InlineData("MOTOR", WarrantyComponent.Engine)]
    [InlineData("Transmisión", WarrantyComponent.Transmission)]
    [InlineData("air_conditioning", WarrantyComponent.AirConditioning)]
    [InlineData("air conditioning", WarrantyComponent.AirConditioning)]
    [InlineData("se prendió el foco del motor de arranque", WarrantyComponent.Electrical)]
    [InlineData("las llantas traseras", WarrantyComponent.Tires)]
    public void Resolves_names_synonyms_and_phrases(string text, WarrantyComponent expected)
    {
        Assert.True(WarrantyRules.Vocabulary.TryResolve(text, out var component));
        Assert.Equal(expected, component);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("flux capacitor")]
    [InlineData("motorcycle")]
    public void Does_not_guess(string text) =>
        Assert.False(WarrantyRules.Vocabulary.TryResolve(text, out _));

    [Fact]
    public void Names_lists_every_canonical_name() =>
        Assert.StartsWith("engine, transmission, drivetrain, electrical, air_conditioning", WarrantyRules.Vocabulary.Names);
}
