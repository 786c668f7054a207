using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class MiniLmEmbeddingTests
{
    [Fact]
    public async Task The_local_encoder_loads_by_name_and_puts_paraphrases_together()
    {
        using var encoder = DiscoveryEmbedders.CreateMiniLm();

        var vectors = (await encoder.GenerateAsync(["My card has not arrived yet", "I am still   waiting\n for my card", "What is the exchange rate for euros?"]))
            .Select(e => e.Vector.ToArray()).ToList();

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        var paraphrase = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(vectors[0], vectors[1]);
        var unrelated = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(vectors[0], vectors[2]);
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }
}
