using System.Globalization;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class UiCulturesTests
{
    [Theory]
    [InlineData("es", "es-MX")]
    [InlineData("es-MX", "es-MX")]
    [InlineData("es-ES", "es-MX")]
    [InlineData("ES_ar", "es-MX")]
    [InlineData("en", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Any_variant_of_a_language_reads_as_the_marketplace_culture(string? asked, string? expected) =>
        Assert.Equal(expected, UiCultures.Resolve(asked));

    [Fact]
    public void Mexican_spanish_writes_the_day_first_with_two_digits_and_english_the_month_first()
    {
        var fifthOfDecember = new DateTime(2026, 12, 5);
        Assert.Equal("05/12/2026", fifthOfDecember.ToString("d", CultureInfo.GetCultureInfo(UiCultures.Spanish)));
        Assert.Equal("12/5/2026", fifthOfDecember.ToString("d", CultureInfo.GetCultureInfo(UiCultures.English)));
    }
}
