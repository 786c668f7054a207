using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Forms;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class RequestRulesTests
{
    [Fact]
    public void Empty_required_field_gets_only_the_required_message()
    {
        var subject = RequestRules.For<CreateTicketRequest>(nameof(CreateTicketRequest.Subject), UiStrings.Spanish);

        Assert.Equal([UiStrings.Spanish.Required], subject(""));
        Assert.Equal([UiStrings.Spanish.Required], subject("   "));
        Assert.Equal([UiStrings.Spanish.Required], subject(null));
    }

    [Fact]
    public void Api_length_limits_come_back_in_the_ui_language()
    {
        var subject = RequestRules.For<CreateTicketRequest>(nameof(CreateTicketRequest.Subject), UiStrings.English);

        Assert.Equal(["At least 3 characters."], subject("Hi"));
        Assert.Equal([$"At most {TicketRules.SubjectMaxLength} characters."], subject(new string('x', TicketRules.SubjectMaxLength + 1)));
        Assert.Empty(subject("Payout"));
    }

    [Fact]
    public void Sign_up_fields_follow_the_registration_rules()
    {
        var text = UiStrings.Spanish;
        var email = RequestRules.For<RegisterRequest>(nameof(RegisterRequest.Email), text);
        var password = RequestRules.For<RegisterRequest>(nameof(RegisterRequest.Password), text);

        Assert.Equal([text.InvalidEmail], email("maria.example.com"));
        Assert.Empty(email("maria@example.com"));
        Assert.Equal([text.WeakPassword], password("solo-letras"));
        Assert.Empty(password("Segura123!"));
    }

    [Fact]
    public void A_category_outside_the_list_is_not_an_option()
    {
        var category = RequestRules.For<CreateTicketRequest>(nameof(CreateTicketRequest.Category), UiStrings.English);

        Assert.Equal([UiStrings.English.NotAnOption], category("lottery"));
        Assert.Empty(category("payout"));
    }

    [Fact]
    public void Chat_options_and_limits_are_read_from_the_api_request()
    {
        Assert.Equal(["es", "en"], RequestRules.Options<StartConversationRequest>(nameof(StartConversationRequest.Language)));
        Assert.Contains("whatsapp", RequestRules.Options<StartConversationRequest>(nameof(StartConversationRequest.Channel)));
        Assert.Equal(4000, RequestRules.MaxLength<SendMessageRequest>(nameof(SendMessageRequest.Text)));
    }

    [Fact]
    public void Naming_a_property_the_request_does_not_have_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => RequestRules.For<CreateTicketRequest>("Title", UiStrings.English));

        Assert.Contains("CreateTicketRequest has no property 'Title'", error.Message);
    }
}
