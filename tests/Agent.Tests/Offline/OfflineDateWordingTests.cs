using System.Globalization;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Agent;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Plugins.Warranty;
using Moq;

namespace AgentSupport.Agent.Tests.Offline;

/// <summary>A date in the agent's answers carries its year when the year is not the current one, in both languages.</summary>
public sealed class OfflineDateWordingTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private readonly AgentTestHost _host = AgentTestHost.Offline();
    private readonly TestCustomer _customer = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("en", 2026, 12, 9, "Wednesday, December 9")]
    [InlineData("en", 2027, 7, 4, "Sunday, July 4, 2027")]
    [InlineData("en", 2025, 7, 4, "Friday, July 4, 2025")]
    [InlineData("es", 2026, 12, 9, "miércoles 9 de diciembre")]
    [InlineData("es", 2027, 7, 4, "domingo 4 de julio de 2027")]
    public void The_year_is_written_only_when_it_is_not_this_one(string language, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Wording.Date(new DateOnly(year, month, day), language, Today));
    }

    [Fact]
    public void Today_is_the_hub_local_date()
    {
        // 03:00 UTC on 1 January is still 31 December in central Mexico.
        Assert.Equal(new DateOnly(2026, 12, 31), Wording.Today(new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("en", "My car ABC-123-D has an electrical failure, it has 35,000 km. Is it covered by the warranty?", "dddd, MMMM d, yyyy", "en-US")]
    [InlineData("es", "Mi auto ABC-123-D tiene una falla eléctrica y ya tiene 35,000 km. ¿La garantía lo cubre?", "dddd d 'de' MMMM 'de' yyyy", "es-MX")]
    public async Task A_warranty_that_ends_next_year_says_which_year(string language, string message, string format, string culture)
    {
        _customer.Warranty.Setup(w => w.ListWarrantiesAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CarWarranty("ABC123D", "Nissan", "Versa", 2022, TestCustomer.Now.AddMonths(-6), 30_000)]);

        var turn = await TurnResult.RunAsync(_host.Agent, _customer.Session(TestPrompts.CustomerAgent(), language), message, _customer.Services());

        var call = Assert.Single(turn.ToolCalls);
        var endsOn = DateOnly.Parse(Regex.Match(call.ResultJson, "\"coverageEndsOn\":\"([0-9-]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.NotEqual(TestCustomer.Now.Year, endsOn.Year);
        Assert.Contains(endsOn.ToString(format, CultureInfo.GetCultureInfo(culture)), turn.Completed.Text);
    }
}
