using System.Security.Cryptography;
using System.Text;
using AgentSupport.Web.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace AgentSupport.Web.Accounts;

/// <summary>The symmetric key that signs and validates access tokens.</summary>
public sealed class JwtSigningKey
{
    private const int MinimumKeyBytes = 32;

    public JwtSigningKey(JwtOptions options, DataFolder dataFolder, IHostEnvironment environment)
    {
        Key = new SymmetricSecurityKey(Resolve(options, dataFolder, environment));
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] Resolve(JwtOptions options, DataFolder dataFolder, IHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            var configured = Encoding.UTF8.GetBytes(options.SigningKey);
            if (configured.Length < MinimumKeyBytes)
                throw new InvalidOperationException($"Jwt:SigningKey must be at least {MinimumKeyBytes} bytes.");
            return configured;
        }

        // A generated key would silently differ between instances and change on redeploy, logging
        // everybody out: production must say which key it uses.
        if (environment.IsProduction())
            throw new InvalidOperationException("Jwt:SigningKey is required in Production (at least 32 bytes).");

        var path = dataFolder.File("jwt-signing.key");
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());

        var generated = RandomNumberGenerator.GetBytes(64);
        SecretFile.Write(path, Convert.ToBase64String(generated));
        return generated;
    }
}
