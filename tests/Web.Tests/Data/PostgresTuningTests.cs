using AgentSupport.Web.Data;
using Npgsql;

namespace AgentSupport.Web.Tests.Data;

public sealed class PostgresTuningTests
{
    [Fact]
    public void ConnectionsKeepTheirPreparedStatements_WhenTheStringSaysNothing()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseExtensions.TunedForPostgres("Host=db;Database=app;Username=u;Password=p"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("p", tuned.Password);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;maxautoprepare=0")]
    public void WhatTheConnectionStringSets_Wins(string given)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseExtensions.TunedForPostgres(given));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
