using AgentSupport.Web.Components.Pages.Customer;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Localization;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class TicketFormTests : UiTestContext
{
    private CreateTicketRequest? _submitted;

    [Fact]
    public async Task Empty_form_shows_a_required_message_per_field_and_is_not_submitted()
    {
        var form = RenderForm();

        await form.Find("[data-testid=ticket-submit]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Equal(3, Occurrences(form.Markup, Strings.Required)));
        Assert.Null(_submitted);
    }

    [Fact]
    public async Task Short_subject_gets_the_minimum_length_message_of_the_api_rule()
    {
        var form = RenderForm();

        await form.Find("#ticket-subject").ChangeAsync(new ChangeEventArgs { Value = "Hi" });
        await form.Find("[data-testid=ticket-submit]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Contains(Strings.MinLength(3), form.Markup));
        Assert.Null(_submitted);
    }

    [Fact]
    public async Task Complete_form_submits_the_request_the_api_accepts()
    {
        var form = RenderForm();

        await form.Find("#ticket-subject").ChangeAsync(new ChangeEventArgs { Value = "Mi pago no llega" });
        await form.Find("#ticket-description").ChangeAsync(new ChangeEventArgs { Value = "Vendí mi auto hace una semana." });
        await form.FindComponent<MudSelect<string>>().InvokeAsync(() => form.FindComponent<MudSelect<string>>().Instance.SelectOption("payout"));
        await form.Find("[data-testid=ticket-submit]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.NotNull(_submitted));
        Assert.Equal(new CreateTicketRequest("Mi pago no llega", "Vendí mi auto hace una semana.", "payout"), _submitted);
        Assert.Equal(0, Occurrences(form.Markup, Strings.Required));
    }

    [Fact]
    public async Task Messages_follow_the_ui_language()
    {
        await using var english = new EnglishContext();
        var form = english.Render<TicketForm>();

        await form.Find("[data-testid=ticket-submit]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Equal(3, Occurrences(form.Markup, UiStrings.English.Required)));
        Assert.DoesNotContain(UiStrings.Spanish.Required, form.Markup);
    }

    private IRenderedComponent<TicketForm> RenderForm() =>
        Render<TicketForm>(parameters => parameters.Add(p => p.OnValidSubmit, (CreateTicketRequest request) => _submitted = request));

    private sealed class EnglishContext() : UiTestContext(UiCultures.English);
}
