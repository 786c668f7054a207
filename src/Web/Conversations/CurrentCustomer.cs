using AgentSupport.Plugins;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// Holds the customer a chat turn acts for, set by the server from the conversation's owner before
/// the agent runs. Plugins and ports resolve <see cref="CustomerContext"/> from it, so nothing the
/// customer or the model writes can change whose data a tool reads.
/// </summary>
public sealed class CurrentCustomer
{
    private CustomerContext? _context;

    public CustomerContext Context =>
        _context ?? throw new InvalidOperationException("No customer is set for this scope; tools only run inside a chat turn.");

    public void Set(CustomerContext context)
    {
        if (_context is not null && _context != context)
            throw new InvalidOperationException("The scope already acts for another customer.");
        _context = context;
    }
}
