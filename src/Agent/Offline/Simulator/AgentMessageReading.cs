using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Simulator;

/// <summary>What a simulated customer notices in the agent's last message: the data it asks for, a hand-over, a refusal.</summary>
internal static partial class AgentMessageReading
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool HandedOver(string text) => HandOver().IsMatch(text) && !text.TrimEnd().EndsWith('?');

    public static bool OffersPerson(string text) => PersonOffer().IsMatch(text);

    public static bool CannotHelp(string text) => Cannot().IsMatch(text);

    public static bool Unavailable(string text) => NotAvailable().IsMatch(text);

    public static bool AsksPlate(string text) => Plate().IsMatch(text);

    public static bool AsksCondition(string text) => Condition().IsMatch(text);

    public static bool AsksDateOrTime(string text) => DateOrTime().IsMatch(text);

    public static bool AsksHub(string text) => Hub().IsMatch(text);

    public static bool AsksCreditData(string text) => CreditData().IsMatch(text);

    public static bool AsksIncome(string text) => Income().IsMatch(text);

    public static bool AsksCarPrice(string text) => CarPrice().IsMatch(text);

    public static bool AsksDownPayment(string text) => DownPayment().IsMatch(text);

    public static bool AsksFailureData(string text) => FailureData().IsMatch(text);

    public static bool AsksToAccept(string text) => Accept().IsMatch(text);

    public static bool AsksToConfirm(string text) => Confirm().IsMatch(text);

    [GeneratedRegex(@"\b(pas[eé] tu caso|pas[eé] su caso|persona de nuestro equipo te contactar|passed your case|person from our team)\b|\bticket\b", Options)]
    private static partial Regex HandOver();

    [GeneratedRegex(@"(comunique con una persona|connect you with a person)", Options)]
    private static partial Regex PersonOffer();

    [GeneratedRegex(@"\b(no lo puedo resolver|no puedo transferir|can't handle|can't transfer|cannot)\b", Options)]
    private static partial Regex Cannot();

    [GeneratedRegex(@"\b(no est[aá] disponible|no responde|not available|not responding)\b", Options)]
    private static partial Regex NotAvailable();

    [GeneratedRegex(@"\b(placas?|plate)\b.*\?|\bconfirm\w* la placa\b|\bconfirm the plate\b", Options)]
    private static partial Regex Plate();

    [GeneratedRegex(@"\ben qu[eé] estado est[aá]|\bits condition\b|excelente, bueno, regular|excellent, good, fair", Options)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(horarios?|qu[eé] d[ií]a|otro d[ií]a|which day|another day|slots?|which one)\b", Options)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"\b(sucursal|which hub)\b", Options)]
    private static partial Regex Hub();

    [GeneratedRegex(@"\b(necesito|i need)\b.*\b(ingreso mensual|precio del auto|enganche|monthly income|price of the car|put down)\b", Options)]
    private static partial Regex CreditData();

    [GeneratedRegex(@"\b(ingreso|income)\b", Options)]
    private static partial Regex Income();

    [GeneratedRegex(@"\b(precio|price)\b", Options)]
    private static partial Regex CarPrice();

    [GeneratedRegex(@"\b(enganche|put down|down payment)\b", Options)]
    private static partial Regex DownPayment();

    [GeneratedRegex(@"\b(qu[eé] parte falla|kilometraje|which part|mileage)\b", Options)]
    private static partial Regex FailureData();

    [GeneratedRegex(@"\b(aceptarla|accept it)\b", Options)]
    private static partial Regex Accept();

    [GeneratedRegex(@"\b(quieres que|desea que|would you like me to|shall I)\b", Options)]
    private static partial Regex Confirm();
}
