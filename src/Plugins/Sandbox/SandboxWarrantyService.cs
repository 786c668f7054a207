using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxWarrantyService(SandboxState state) : IWarrantyService
{
    public Task<IReadOnlyList<CarWarranty>> ListWarrantiesAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<CarWarranty>>(cancellationToken, () => state.Find(customerId)?.Warranties.ToList() ?? []);

    public Task<WarrantyClaim> OpenClaimAsync(Guid customerId, WarrantyClaimRequest request, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var customer = state.Get(customerId);
            var claim = new WarrantyClaim(state.NextId("WC", state.Customers.SelectMany(c => c.Claims).Select(c => c.Number)), request);
            customer.Claims.Add(claim);
            state.Record(SandboxEffectKind.ClaimOpened, customerId, claim.Number, Vocabulary<WarrantyComponent>.NameOf(request.Component));
            return claim;
        });
}
