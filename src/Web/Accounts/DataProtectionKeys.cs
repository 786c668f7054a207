using System.Text.RegularExpressions;
using System.Xml.Linq;
using AgentSupport.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace AgentSupport.Web.Accounts;

/// <summary>
/// The keys that protect the UI's sign-in cookie and antiforgery tokens. They live with the app's data (or in the
/// folder <c>DataProtection:KeysPath</c> names, which several instances share), not in the user's home where every
/// app on the machine would share them, and only the app's own account can read them (folder 0700, files 0600).
/// </summary>
public static partial class DataProtectionKeys
{
    public const string ApplicationName = "AgentSupport";
    public const string PathSetting = "DataProtection:KeysPath";
    public const string DefaultFolder = "keys";

    public static IServiceCollection AddDataProtectionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, DataFolder>((options, configuration, data) =>
            options.XmlRepository = new PrivateFolderRepository(SecretFile.Folder(
                configuration[PathSetting] is { Length: > 0 } shared ? Path.GetFullPath(shared) : data.File(DefaultFolder))));
        return services;
    }

    private sealed class PrivateFolderRepository(string folder) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() =>
            Directory.EnumerateFiles(folder, "*.xml").Select(file => XElement.Load(file)).ToArray();

        public void StoreElement(XElement element, string friendlyName)
        {
            var name = SafeName().IsMatch(friendlyName) ? friendlyName : Guid.NewGuid().ToString("N");
            // Written aside and moved into place, so another instance never reads half a key.
            var temporary = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
            SecretFile.Write(temporary, element.ToString(SaveOptions.DisableFormatting));
            File.Move(temporary, Path.Combine(folder, name + ".xml"));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeName();
}
