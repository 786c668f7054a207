using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AgentSupport.Web.Experiments;

/// <summary>
/// Which arm a customer is in: a position in [0, 1) from SHA-256 of the experiment's and the customer's ids, and the
/// candidate arm below the traffic share. The same pair always lands in the same place, so a customer stays in one arm
/// for the experiment's life, and a new experiment reshuffles everyone.
/// </summary>
public static class ArmAssignment
{
    public static double Position(Guid experimentId, Guid customerId)
    {
        Span<byte> ids = stackalloc byte[32];
        experimentId.TryWriteBytes(ids[..16], bigEndian: true, out _);
        customerId.TryWriteBytes(ids[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(ids, hash);
        // The top 53 bits: every double in [0, 1) this can give is equally likely.
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    public static string For(Guid experimentId, Guid customerId, double trafficShare) =>
        Position(experimentId, customerId) < trafficShare ? ExperimentArm.Candidate : ExperimentArm.Production;
}
