using System.Text.Json;
using Edition.Core.Diagnostics;

namespace Edition.Cli;

/// <summary>Prints diagnostics as compiler-style text (coloured on a terminal), JSON or SARIF.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter output, bool color)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(ToJson), JsonOptions));
                break;
            case "sarif":
                output.WriteLine(JsonSerializer.Serialize(Sarif(diagnostics), JsonOptions));
                break;
            default:
                foreach (var d in diagnostics)
                {
                    var text = d.ToString();
                    output.WriteLine(color ? Colour(d.Severity) + text + "\u001b[0m" : text);
                }

                break;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static object ToJson(Diagnostic d) => new
    {
        severity = d.Severity.ToString().ToLowerInvariant(),
        code = d.Code,
        message = d.Message,
        file = d.Span.File,
        line = d.Span.Line,
        column = d.Span.Column,
        generated = d.Secondary is { } s ? new { file = s.File, line = s.Line, column = s.Column } : null,
    };

    private static object Sarif(IReadOnlyList<Diagnostic> diagnostics) => new Dictionary<string, object>
    {
        ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
        ["version"] = "2.1.0",
        ["runs"] = new[]
        {
            new
            {
                tool = new { driver = new { name = "edition", rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).Select(c => new { id = c }) } },
                results = diagnostics.Select(d => new
                {
                    ruleId = d.Code,
                    level = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
                    message = new { text = d.Message },
                    locations = new[]
                    {
                        new { physicalLocation = new { artifactLocation = new { uri = d.Span.File }, region = new { startLine = Math.Max(d.Span.Line, 1), startColumn = Math.Max(d.Span.Column, 1) } } },
                    },
                }),
            },
        },
    };
}
