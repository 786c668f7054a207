using System.Globalization;
using AgentSupport.Prompts.Templates;

namespace AgentSupport.Prompts.Validation;

/// <summary>Turns front matter entries into <see cref="PromptMetadata"/>, reporting each bad key at its line and column.</summary>
internal static class PromptMetadataReader
{
    public static readonly IReadOnlyList<string> KnownKeys =
    [
        "id", "version", "description", "author", "created", "parent",
        "enabled_tools", "max_turns", "escalate_after_failed_tools", "default_tone",
        "languages", "stop_marker", "response_format", "temperature", "max_output_tokens",
    ];

    /// <param name="draftId">Null for a stored file (identity keys required); the prompt id for a draft (identity keys optional).</param>
    public static PromptMetadata? Read(FrontMatter frontMatter, string file, string? draftId, ICollection<PromptProblem> problems)
    {
        var reader = new Reader(frontMatter, file, problems);
        foreach (var entry in frontMatter.Entries.Where(entry => !KnownKeys.Contains(entry.Key)))
        {
            reader.Error(entry.Line, 1, $"unknown key '{entry.Key}'; known keys: {string.Join(", ", KnownKeys)}");
        }

        var identityRequired = draftId is null;
        var id = reader.Text("id", identityRequired) ?? draftId ?? "";
        var version = reader.Int("version", 1, int.MaxValue, identityRequired) ?? 0;
        var description = reader.Text("description", required: true);
        var author = reader.Text("author", identityRequired) ?? "";
        var created = reader.Date("created", identityRequired) ?? DateOnly.MinValue;
        var parent = reader.Int("parent", 1, int.MaxValue, required: false);

        var policy = new PromptPolicy
        {
            EnabledTools = reader.List("enabled_tools") ?? [],
            MaxTurns = reader.Int("max_turns", 1, 100, required: false) ?? PromptPolicy.DefaultMaxTurns,
            EscalateAfterFailedTools = reader.Int("escalate_after_failed_tools", 0, 20, required: false) ?? PromptPolicy.DefaultEscalateAfterFailedTools,
            DefaultTone = reader.Text("default_tone", required: false),
            Languages = reader.Languages() ?? ["es", "en"],
            StopMarker = reader.Text("stop_marker", required: false),
            ResponseFormat = reader.ResponseFormat() ?? PromptResponseFormat.Text,
            Temperature = reader.Double("temperature", 0, 2),
            MaxOutputTokens = reader.Int("max_output_tokens", 16, 100_000, required: false),
        };

        if (reader.Failed)
        {
            return null;
        }

        return new PromptMetadata
        {
            Id = id,
            Version = version,
            Description = description!,
            Author = author,
            Created = created,
            Parent = parent,
            Policy = policy,
        };
    }

    private sealed class Reader(FrontMatter frontMatter, string file, ICollection<PromptProblem> problems)
    {
        public bool Failed { get; private set; }

        public void Error(int line, int column, string message)
        {
            Failed = true;
            problems.Add(new PromptProblem(PromptProblemKind.FrontMatter, file, line, column, message));
        }

        public string? Text(string key, bool required)
        {
            var entry = Scalar(key, required);
            return entry is null || entry.Scalar.Length == 0 ? null : entry.Scalar;
        }

        public int? Int(string key, int min, int max, bool required)
        {
            var entry = Scalar(key, required);
            if (entry is null || entry.Scalar.Length == 0)
            {
                return null;
            }

            if (int.TryParse(entry.Scalar, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            Error(entry.Line, entry.ValueColumn, $"'{key}' must be a whole number from {min} to {(max == int.MaxValue ? "up" : max)}, found '{entry.Scalar}'");
            return null;
        }

        public double? Double(string key, double min, double max)
        {
            var entry = Scalar(key, required: false);
            if (entry is null || entry.Scalar.Length == 0)
            {
                return null;
            }

            if (double.TryParse(entry.Scalar, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            Error(entry.Line, entry.ValueColumn, $"'{key}' must be a number from {min} to {max}, found '{entry.Scalar}'");
            return null;
        }

        public DateOnly? Date(string key, bool required)
        {
            var entry = Scalar(key, required);
            if (entry is null || entry.Scalar.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(entry.Scalar, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }

            Error(entry.Line, entry.ValueColumn, $"'{key}' must be an ISO date (yyyy-MM-dd), found '{entry.Scalar}'");
            return null;
        }

        public IReadOnlyList<string>? List(string key)
        {
            var entry = frontMatter.Find(key);
            if (entry is null)
            {
                return null;
            }

            if (!entry.IsList)
            {
                Error(entry.Line, entry.ValueColumn, $"'{key}' must be a list like [a, b]");
                return null;
            }

            var duplicate = entry.Items!.GroupBy(item => item.Value).FirstOrDefault(group => group.Count() > 1);
            if (duplicate is not null)
            {
                Error(entry.Line, duplicate.Last().Column, $"'{duplicate.Key}' is listed twice in '{key}'");
                return null;
            }

            return entry.Items!.Select(item => item.Value).ToArray();
        }

        public IReadOnlyList<string>? Languages()
        {
            var languages = List("languages");
            if (languages is null)
            {
                return null;
            }

            var entry = frontMatter.Find("languages")!;
            foreach (var item in entry.Items!.Where(item => !IsLanguageCode(item.Value)))
            {
                Error(entry.Line, item.Column, $"'{item.Value}' is not a language code like es or en");
            }

            if (languages.Count == 0)
            {
                Error(entry.Line, entry.ValueColumn, "'languages' must name at least one language");
            }

            return languages;
        }

        public PromptResponseFormat? ResponseFormat()
        {
            var entry = Scalar("response_format", required: false);
            return entry?.Scalar switch
            {
                null or "" => null,
                "text" => PromptResponseFormat.Text,
                "json" => PromptResponseFormat.Json,
                _ => Invalid(entry),
            };

            PromptResponseFormat? Invalid(FrontMatterEntry bad)
            {
                Error(bad.Line, bad.ValueColumn, $"'response_format' must be text or json, found '{bad.Scalar}'");
                return null;
            }
        }

        private FrontMatterEntry? Scalar(string key, bool required)
        {
            var entry = frontMatter.Find(key);
            if (entry is null)
            {
                // A key on a line that could not be read is already reported there.
                if (required && !frontMatter.HasBadLines)
                {
                    Error(frontMatter.ClosingLine, 1, $"missing required key '{key}'");
                }

                return null;
            }

            if (!entry.IsList && entry.Scalar.Length == 0)
            {
                if (required)
                {
                    Error(entry.Line, entry.ValueColumn, $"'{key}' must not be empty");
                }

                return null;
            }

            if (entry.IsList)
            {
                Error(entry.Line, entry.ValueColumn, $"'{key}' must be a single value, not a list");
                return null;
            }

            return entry;
        }

        private static bool IsLanguageCode(string value) =>
            value.Length is 2 or 5 && char.IsAsciiLetterLower(value[0]) && char.IsAsciiLetterLower(value[1])
            && (value.Length == 2 || (value[2] == '-' && char.IsAsciiLetterUpper(value[3]) && char.IsAsciiLetterUpper(value[4])));
    }
}
