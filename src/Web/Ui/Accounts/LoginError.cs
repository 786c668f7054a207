namespace AgentSupport.Web.Ui.Accounts;

/// <summary>Why a sign-in or sign-up form came back; the page shows the matching message.</summary>
public static class LoginError
{
    public const string Invalid = "invalid";
    public const string Throttled = "throttled";
    public const string EmailTaken = "email-taken";
}
