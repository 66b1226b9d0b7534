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
                output.WriteLine(Json(w => WriteJson(w, diagnostics)));
                break;
            case "sarif":
                output.WriteLine(Json(w => WriteSarif(w, diagnostics)));
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

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    // Written member by member (no reflection over anonymous objects, which a native build cannot serialize),
    // indented as JsonSerializer indents.
    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteJson(Utf8JsonWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.WriteStartArray();
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteString("file", d.Span.File);
            w.WriteNumber("line", d.Span.Line);
            w.WriteNumber("column", d.Span.Column);
            if (d.Secondary is { } s)
            {
                w.WriteStartObject("generated");
                w.WriteString("file", s.File);
                w.WriteNumber("line", s.Line);
                w.WriteNumber("column", s.Column);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("generated");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSarif(Utf8JsonWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "edition");
        w.WriteStartArray("rules");
        foreach (var code in diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", code);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", d.Code);
            w.WriteString("level", d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
            w.WriteStartObject("message");
            w.WriteString("text", d.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", d.Span.File);
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", Math.Max(d.Span.Line, 1));
            w.WriteNumber("startColumn", Math.Max(d.Span.Column, 1));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
