using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class OfferRecognizerTests
{
    [Theory]
    [InlineData("la oferta of-1001 sigue vigente?", "OF-1001")]
    [InlineData("offer OF-77", "OF-77")]
    [InlineData("mi placa es ABC-123-D", null)]
    public void Reads_the_offer_id_upper_cased(string text, string? offerId) => Assert.Equal(offerId, new OfferRecognizer().Read(text).OfferId);

    [Theory]
    [InlineData("va, la acepto", true)]
    [InlineData("me la quedo", true)]
    [InlineData("ok i'll take it", true)]
    [InlineData("I accept the offer", true)]
    [InlineData("cuánto me ofrecen por mi auto?", false)]
    [InlineData("is my offer still valid", false)]
    public void Tells_an_acceptance(string text, bool accepts) => Assert.Equal(accepts, new OfferRecognizer().Read(text).WantsToAcceptOffer);
}
