using AgentSupport.Web.Ui.Workbench;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class CountingReadStreamTests
{
    [Fact]
    public async Task It_passes_every_byte_through_and_reports_the_running_total()
    {
        var data = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();
        var reported = new List<long>();
        await using var counting = new CountingReadStream(new MemoryStream(data), reported.Add);
        using var copy = new MemoryStream();

        await counting.CopyToAsync(copy, bufferSize: 4096);

        Assert.Equal(data, copy.ToArray());
        Assert.Equal([4096L, 8192L, 10_000L], reported);
        Assert.Equal(10_000, counting.Position);
    }
}
