using AgentSupport.Web.Ui.Accounts;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class LocalUrlSecurityTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/customer")]
    [InlineData("/chat/3f2c?x=1#end")]
    public void Paths_of_this_site_are_kept(string url)
    {
        Assert.Equal(url, LocalUrl.OrHome(url));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("customer")]
    [InlineData("/customer\r\nSet-Cookie: x=1")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_that_could_leave_the_site_goes_home_instead(string? url)
    {
        Assert.False(LocalUrl.IsLocal(url));
        Assert.Equal("/", LocalUrl.OrHome(url));
    }
}
