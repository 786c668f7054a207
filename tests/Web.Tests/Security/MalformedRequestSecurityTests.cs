using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tests.Workbench;
using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Tests.Security;

/// <summary>
/// Every operation of the app's OpenAPI document, sent malformed bodies (broken JSON, wrong types, huge and odd strings,
/// path traversal, truncated multipart) and odd path and query values, as an admin and as a customer: each answer is a
/// client error or a success, never a 5xx, and every 400 is RFC 7807 problem details.
/// </summary>
public abstract class MalformedRequestSecurityTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private const string Traversal = "../../x";

    /// <summary>Strings that have broken parsers, paths, templates or databases elsewhere.</summary>
    private static readonly string[] OddStrings =
    [
        Traversal, "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "C:\\Windows\\win.ini", "", "   ", "\u0000", "a\u0000b", "{{ 7*7 }}",
        "<script>alert(1)</script>", "' OR 1=1 --", "\uD800", "😀\u202E", new string('x', 100_000), "-1", "1e309",
    ];

    // A NUL in the path is refused by the server before the app sees it (the test host refuses to send it at all).
    private static readonly string[] OddPathValues =
    [
        "..%2F..%2Fx", "%2e%2e", "x%01y", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000", new string('9', 3000), "%F0%9F%98%80",
    ];

    [SkippableFact]
    public async Task No_operation_of_the_api_answers_a_malformed_request_with_a_server_error()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        var customer = await App.CustomerAsync("walker");
        var known = await KnownValuesAsync(admin, customer);
        var document = (await App.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var failures = new List<string>();
        var operations = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var parameters = Parameters(item, operation!);
                foreach (var request in Requests(document, path, method, operation!, parameters, known))
                {
                    foreach (var client in new[] { admin, customer })
                        await SendAsync(client.Http, request, failures);
                }
            }
        }

        Assert.True(operations >= 40, $"The OpenAPI document lists {operations} operations; expected the whole API.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)));
    }

    private sealed record Probe(HttpMethod Method, string Url, Func<HttpContent?> Body, string What);

    private static IEnumerable<Probe> Requests(JsonObject document, string path, string method, JsonNode operation, IReadOnlyList<JsonNode> parameters, Dictionary<string, string> known)
    {
        var verb = new HttpMethod(method.ToUpperInvariant());
        var pathNames = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
        var queryNames = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        string Url(Func<string, string> value, string query = "") =>
            pathNames.Aggregate(path, (url, name) => url.Replace("{" + name + "}", value(name), StringComparison.Ordinal)) + query;
        string Known(string name) => Uri.EscapeDataString(KnownValue(path, name, known));
        var content = operation["requestBody"]?["content"]?.AsObject();
        var jsonSchema = content?["application/json"]?["schema"] is { } s ? Resolve(document, s) : null;
        Func<HttpContent?> validish = jsonSchema is null ? () => null : () => Json(Sample(document, jsonSchema, _ => "x", wrongTypes: false));

        // Odd values in the path, each parameter in turn, with the others known.
        foreach (var name in pathNames)
        {
            foreach (var odd in OddPathValues.Concat(OddStrings.Take(4).Select(Uri.EscapeDataString)))
                yield return new Probe(verb, Url(n => n == name ? odd : Known(n)), validish, $"path {name}={Shorten(odd)}");
        }

        // Odd values in every query parameter at once.
        if (queryNames.Count > 0)
        {
            foreach (var odd in OddStrings.Concat(OddPathValues.Select(Uri.UnescapeDataString)))
            {
                var query = "?" + string.Join("&", queryNames.Select(n => $"{n}={Uri.EscapeDataString(odd)}"));
                yield return new Probe(verb, Url(Known, query), validish, $"query={Shorten(odd)}");
            }
        }

        var url = Url(Known);
        if (verb == HttpMethod.Get) yield break;

        // Bodies: not JSON, not the expected shape, every field of the wrong type, every string field odd.
        foreach (var raw in new[] { "", "{", "{\"a\":", "null", "[]", "42", "\"text\"", "{\"a\": NaN}", "{\"a\": 1e999}", "\uFEFF{}", "{}", new string('[', 10_000) })
            yield return new Probe(verb, url, () => new StringContent(raw, Encoding.UTF8, "application/json"), $"body {Shorten(raw)}");
        yield return new Probe(verb, url, () => new StringContent("{}", Encoding.UTF8, "text/plain"), "text/plain body");
        yield return new Probe(verb, url, () => new ByteArrayContent([0xC3, 0x28, 0xFF]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "invalid UTF-8");
        if (jsonSchema is not null)
        {
            yield return new Probe(verb, url, () => Json(Sample(document, jsonSchema, _ => "x", wrongTypes: true)), "every field of the wrong type");
            foreach (var odd in OddStrings)
                yield return new Probe(verb, url, () => Json(Sample(document, jsonSchema, _ => odd, wrongTypes: false)), $"every string field {Shorten(odd)}");
        }

        if (content?.ContainsKey("multipart/form-data") == true || path.EndsWith("/datasets", StringComparison.Ordinal))
        {
            foreach (var (what, body) in Multiparts())
                yield return new Probe(verb, url, body, what);
        }
    }

    private static IEnumerable<(string What, Func<HttpContent?> Body)> Multiparts()
    {
        const string boundary = "----walker";
        const string head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\nContent-Type: application/x-ndjson\r\n\r\n";
        HttpContent Raw(string body, string contentType) =>
            new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };
        var form = $"multipart/form-data; boundary={boundary}";
        yield return ("truncated multipart", () => Raw(head + "{\"meta\": {\"conversation_id\": \"c1\"", form));
        yield return ("multipart cut in its headers", () => Raw("--" + boundary + "\r\nContent-Disposition: form-da", form));
        yield return ("multipart without boundary", () => Raw(head, "multipart/form-data"));
        yield return ("multipart with no part", () => Raw("--" + boundary + "--\r\n", form));
        yield return ("multipart part without a file", () => Raw("--" + boundary + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue\r\n--" + boundary + "--\r\n", form));
        yield return ("multipart file named by a path", () => Raw(head.Replace("a.jsonl", "../../../etc/passwd", StringComparison.Ordinal) + "{}\n\r\n--" + boundary + "--\r\n", form));
        yield return ("multipart with a huge boundary", () => Raw(head, "multipart/form-data; boundary=" + new string('b', 5000)));
    }

    private static async Task SendAsync(HttpClient client, Probe probe, List<string> failures)
    {
        using var request = new HttpRequestMessage(probe.Method, probe.Url) { Content = probe.Body() };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{probe.Method} {Shorten(probe.Url)} ({probe.What}) answered {status}");
            }
            else if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{probe.Method} {Shorten(probe.Url)} ({probe.What}) answered 400 as {response.Content.Headers.ContentType?.MediaType ?? "no body"}, not problem details");
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            failures.Add($"{probe.Method} {Shorten(probe.Url)} ({probe.What}) did not answer within a minute");
        }
        catch (HttpRequestException ex)
        {
            failures.Add($"{probe.Method} {Shorten(probe.Url)} ({probe.What}) dropped the connection: {ex.Message}");
        }
    }

    /// <summary>Ids that exist, so that bodies reach the handlers behind the route's checks.</summary>
    private async Task<Dictionary<string, string>> KnownValuesAsync(SignedInClient admin, SignedInClient customer)
    {
        var conversation = await ChatClient.StartAsync(customer);
        var ticket = await customer.Http.PostAsJsonAsync("/api/tickets", new { subject = "Walker ticket", description = "d", category = "other" });
        var dataset = await WorkbenchClient.UploadSampleAsync(admin);
        return new Dictionary<string, string>
        {
            ["/api/conversations"] = conversation.Id.ToString(),
            ["/api/tickets"] = (await ticket.Content.ReadFromJsonAsync<TicketResponse>())!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/api/prompts"] = "customer-agent",
            ["/api/workbench/datasets"] = dataset,
        };
    }

    private static string KnownValue(string path, string name, Dictionary<string, string> known) => name switch
    {
        "version" => "1",
        "label" => "production",
        "file" => "candidate_tools_ranked.csv",
        "candidate" => "1",
        _ => known.FirstOrDefault(k => path.StartsWith(k.Key, StringComparison.Ordinal)).Value ?? "unknown",
    };

    private static List<JsonNode> Parameters(JsonNode item, JsonNode operation) =>
        [.. (item["parameters"]?.AsArray() ?? []).Concat(operation["parameters"]?.AsArray() ?? []).OfType<JsonNode>()];

    private static JsonNode Resolve(JsonObject document, JsonNode schema)
    {
        while (schema["$ref"] is { } reference)
            schema = document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!;
        return schema;
    }

    /// <summary>A body with every property of the schema: strings from <paramref name="text"/>, or each of the wrong type.</summary>
    private static JsonNode? Sample(JsonObject document, JsonNode schema, Func<string, string> text, bool wrongTypes, int depth = 0)
    {
        schema = Resolve(document, schema);
        var types = schema["type"] switch
        {
            JsonArray many => many.Select(t => (string)t!).Where(t => t != "null").ToList(),
            JsonValue one => [(string)one!],
            _ => [],
        };
        var type = types.FirstOrDefault() ?? (schema["properties"] is not null ? "object" : "string");
        if (depth > 4) return null;
        return (type, wrongTypes) switch
        {
            ("object", _) => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p =>
                KeyValuePair.Create(p.Key, Sample(document, p.Value!, text, wrongTypes, depth + 1)))),
            ("array", false) => new JsonArray(Sample(document, schema["items"] ?? new JsonObject(), text, wrongTypes, depth + 1)),
            ("array", true) => JsonValue.Create("not a list"),
            ("string", false) => JsonValue.Create(text("string")),
            ("string", true) => new JsonArray(1, 2),
            ("integer" or "number", false) => JsonValue.Create(-1),
            ("integer" or "number", true) => JsonValue.Create("many"),
            ("boolean", false) => JsonValue.Create(true),
            ("boolean", true) => JsonValue.Create("yes please"),
            _ => JsonValue.Create(text("string")),
        };
    }

    private static StringContent Json(JsonNode? node) => new(node?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + $"…({text.Length})" : text;
}

public sealed class MalformedRequestSqliteSecurityTests(SqliteAppFixture app) : MalformedRequestSecurityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class MalformedRequestPostgresSecurityTests(PostgresAppFixture app) : MalformedRequestSecurityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
