namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>Ways a customer behaves, so regenerated conversations are not all polite and patient.</summary>
internal static class Personas
{
    public static IReadOnlyList<(string Spanish, string English)> All { get; } =
    [
        ("Paciente y detallista: lee todo y pregunta hasta entender cada paso.", "Patient and thorough: reads everything and asks until each step is clear."),
        ("Con prisa: escribe corto, quiere la respuesta ya y se molesta si le repiten preguntas.", "In a hurry: writes briefly, wants the answer now and gets annoyed by repeated questions."),
        ("Desconfiado tras una mala experiencia: pide datos concretos y duda de respuestas vagas.", "Wary after a bad experience: asks for concrete data and doubts vague answers."),
        ("Amable pero insistente: agradece, pero vuelve a preguntar hasta tener una fecha o un monto.", "Kind but insistent: thankful, yet asks again until given a date or an amount."),
        ("Primera vez con la empresa: no conoce los términos y pide que le expliquen sin tecnicismos.", "First time with the company: does not know the terms and wants plain explanations."),
    ];
}
