namespace AgentSupport.Web.Ui.Experiments;

public sealed partial record ExperimentStrings
{
    public static ExperimentStrings Spanish { get; } = new()
    {
        Experiments = "Experimentos",
        Intro = "Sirve la versión candidata de un prompt a una parte de los clientes junto a producción. Después de cada conversación el " +
                "experimento revisa si la candidata es peor o mejor con confianza; si es peor en resolución o CSAT se detiene solo y todos los " +
                "clientes vuelven a producción. Si es mejor, puedes promoverla.",
        StartTitle = "Iniciar un experimento",
        Prompt = "Prompt",
        SharePercent = "Clientes en la candidata (%)",
        Reason = "Motivo",
        Start = "Iniciar",
        NothingToStart = "Ningún prompt tiene una versión candidata distinta de producción. Crea una primero en la página del prompt.",
        NoExperiments = "Todavía no hay experimentos.",
        Heading = (prompt, production, candidate) => $"{prompt}: v{production} contra v{candidate}",
        StartedBy = (who, when) => $"Iniciado por {who} el {when}",
        ShareOf = share => $"{share} de los clientes en la candidata",
        StatusNames = new Dictionary<string, string>
        {
            ["running"] = "En curso", ["stopped"] = "Detenido", ["rolled_back"] = "Revertido", ["promoted"] = "Promovido",
        },
        ArmNames = new Dictionary<string, string> { ["production"] = "Producción", ["candidate"] = "Candidata" },
        Arm = "Brazo",
        Version = "Versión",
        Conversations = "Conversaciones",
        Resolution = "Resolución",
        Satisfied = "Satisfechos (4–5 estrellas)",
        Csat = "CSAT",
        Composite = "Compuesto",
        Interval = (low, high) => $"intervalo 95 % {low} – {high}",
        Rule = "Regla secuencial",
        MetricNames = new Dictionary<string, string> { ["resolution"] = "Resolución", ["csat"] = "CSAT (satisfechos)" },
        Collecting = minimum => $"Reuniendo datos: cada brazo necesita {minimum} resultados",
        Undecided = "Sin decidir",
        Worse = "Candidata peor",
        Better = "Candidata mejor",
        Statistic = (value, threshold) => $"razón de verosimilitud {value} (decide en {threshold})",
        MoreNeeded = (count, effect) => $"unas {count} más para decidir una diferencia de {effect}",
        OutOfReach = "una diferencia de ese tamaño está fuera de alcance",
        Evidence = (metric, candidate, candidateCount, production, productionCount, value, threshold, alpha) =>
            $"La candidata es {metric}: {candidate} de {candidateCount} contra {production} de {productionCount} en producción " +
            $"(razón de verosimilitud {value}, decide en {threshold}, α = {alpha}).",
        WorseOn = metric => $"peor en {metric}",
        BetterOn = metric => $"mejor en {metric}",
        RolledBackAt = when => $"Revertido automáticamente el {when}; todos los clientes vuelven a producción.",
        StoppedByAt = (who, when) => $"Detenido por {who} el {when}",
        PromotionOffered = "La candidata es mejor con confianza. Promuévela a producción si estás de acuerdo: nada cambia hasta que lo hagas.",
        Stop = "Detener",
        Promote = "Promover a producción",
        Started = "El experimento está en curso.",
        StoppedNotice = "El experimento está detenido; todos los clientes reciben producción.",
        PromotedNotice = "La candidata ahora es producción.",
    };
}
