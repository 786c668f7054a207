using AgentSupport.Web.Ui.Chat;

namespace AgentSupport.Web.Ui.Localization;

public sealed partial record UiStrings
{
    /// <summary>The customer messenger's texts in this language.</summary>
    public MessengerStrings Messenger => MessengerStrings.For(Language);

    /// <summary>The two-letter language of <see cref="Culture"/> (<c>es</c> for <c>es-MX</c>).</summary>
    public string Language => Culture.Split('-')[0];
}
