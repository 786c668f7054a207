using System.ComponentModel.DataAnnotations;

namespace AgentSupport.Web.Accounts;

/// <summary>At least 8 characters with a letter and a digit, at most 128 (hashing cost is bounded).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class StrongPasswordAttribute() : ValidationAttribute(
    "The password needs at least 8 characters, with at least one letter and one digit.")
{
    public override bool IsValid(object? value) =>
        value is not string password
        || (password.Length is >= 8 and <= 128 && password.Any(char.IsLetter) && password.Any(char.IsDigit));
}
