using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Who has an account is not told by timing or by unlimited sign-ups, and the app's secrets are its own.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AccountSecretsSecurityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_check_as_a_wrong_password()
    {
        var counter = new CountingHasher();
        using var counted = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<IPasswordHasher<User>>(counter))));
        var customer = await app.CustomerAsync();
        var http = counted.CreateClient();

        var wrong = await http.PostAsJsonAsync("/api/auth/login", new { email = customer.Email, password = "Wrong-passw0rd" });
        var afterWrong = counter.Verifications;
        var unknown = await http.PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = "Wrong-passw0rd" });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrong.StatusCode, unknown.StatusCode));
        Assert.Equal(1, afterWrong);
        Assert.Equal(2, counter.Verifications);
    }

    [Fact]
    public async Task Registration_is_rate_limited_per_address()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimiting:LoginPerIpPerMinute", "2"));
        var http = limited.CreateClient();
        var email = $"taken-{Guid.NewGuid():N}@example.com";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await http.PostAsJsonAsync("/api/auth/register", new { email, password = "Passw0rd!x", displayName = "Probe" })).StatusCode);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public void The_generated_signing_key_is_readable_by_the_app_only()
    {
        var folder = Directory.CreateTempSubdirectory("agentsupport-key-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = folder }).Build();
            var environment = new TestEnvironment(folder);

            _ = new JwtSigningKey(new JwtOptions(), new DataFolder(configuration, environment), environment);

            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(folder, "jwt-signing.key")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Data_protection_keys_live_in_the_data_folder_readable_by_the_app_only()
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("probe").Protect("cookie");

        var keys = Path.Combine(app.DataPath, DataProtectionKeys.DefaultFolder);
        Assert.Equal(SecretFile.OwnerOnlyFolder, File.GetUnixFileMode(keys));
        var files = Directory.GetFiles(keys);
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file)));
        Assert.All(files, file => Assert.EndsWith(".xml", file));
    }

    [Fact]
    public void Instances_configured_with_one_keys_folder_read_each_others_cookies()
    {
        var shared = Directory.CreateTempSubdirectory("agentsupport-shared-keys-").FullName;
        try
        {
            using var first = app.WithWebHostBuilder(b => b.UseSetting(DataProtectionKeys.PathSetting, shared));
            using var second = app.WithWebHostBuilder(b => b.UseSetting(DataProtectionKeys.PathSetting, shared));

            var sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in");
            var opened = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(sealedText);

            Assert.Equal("signed in", opened);
            Assert.NotEmpty(Directory.GetFiles(shared, "*.xml"));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "AgentSupport.Web";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
