using System.Text.Json;
using System.Text.Json.Nodes;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Json.Pointer;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// A YAML file checked against its schema, each finding at the YAML node it concerns, merged with what the loader
/// found: where the loader already reported an error at a place (its messages are the more specific), the schema's
/// errors there are left out, and inside a value the loader found of the wrong shape, so no problem is reported twice.
/// </summary>
public static class YamlSchemaCheck
{
    private static readonly EvaluationOptions Options = StartedOptions();

    private static EvaluationOptions StartedOptions()
    {
        JsonSchemaStartup.Run();
        return new EvaluationOptions { OutputFormat = OutputFormat.List };
    }

    /// <summary>The loader's diagnostics of one file and the schema's, in the order of their places in the file.</summary>
    public static IEnumerable<Diagnostic> Merge(string kind, YamlNode? root, string file, List<Diagnostic> loaderFindings)
    {
        var json = root is null ? null : YamlJson.From(root);
        if (json is null)
        {
            return loaderFindings;
        }

        var covered = CoveredPointers(json, file, loaderFindings);
        var errorSpans = loaderFindings.Where(d => d.Severity == Severity.Error).Select(d => d.Span).ToHashSet();
        var fromSchema = Findings(kind, json, file)
            .Where(f => f.Diagnostic.Severity == Severity.Warning || (!IsCovered(f.Pointer, covered) && !errorSpans.Contains(f.Diagnostic.Span)))
            .Select(f => f.Diagnostic);
        return loaderFindings.Concat(fromSchema)
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.File == file ? 0 : 1)
            .ThenBy(x => x.d.Span.File == file ? x.d.Span.Line : 0)
            .ThenBy(x => x.d.Span.File == file ? x.d.Span.Column : 0)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
    }

    /// <summary>Every finding of the schema, each with the JSON pointer of the value it concerns.</summary>
    public static IEnumerable<(string Pointer, Diagnostic Diagnostic)> Findings(string kind, YamlJson json, string file)
    {
        var results = YamlSchemas.Schema(kind).Evaluate(json.Root, Options);
        foreach (var detail in (results.Details ?? []).Prepend(results).Distinct())
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var pointer = PointerText(detail.InstanceLocation);
                var subschema = SchemaWalker.At(YamlSchemas.Node(kind), pointer);
                foreach (var diagnostic in Describe(new Finding(kind, json, file, pointer, keyword, message, subschema, detail.SchemaLocation)))
                {
                    yield return (pointer, diagnostic);
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Describe(Finding f)
    {
        var at = f.Json.ValueAt(f.Pointer) is { } node ? YamlFile.SpanOf(node, f.File) : new SourceSpan(f.File, 1, 1);
        var path = FieldPath.Of(f.Pointer);
        switch (f.Keyword)
        {
            case "" when f.SchemaLocation.Fragment.Contains("/additionalProperties", StringComparison.Ordinal) && f.Pointer.Length > 0:
                yield return UnknownField(f, path);
                break;
            case "required":
                foreach (var missing in Missing(f))
                {
                    var field = path.Length == 0 ? missing : path + "." + missing;
                    yield return SourceDiagnostics.RequiredFieldMissing.At(at, $"required field '{field}' is missing");
                }

                break;
            default:
                yield return SourceDiagnostics.SchemaMismatch.At(at, path.Length == 0 ? f.Kind + ".yml" : path, SchemaForms.Expected(f.Keyword, f.Subschema, f.Value, f.Message));
                break;
        }
    }

    private static Diagnostic UnknownField(Finding f, string path)
    {
        var at = f.Json.KeyAt(f.Pointer) is { } key ? YamlFile.SpanOf(key, f.File) : new SourceSpan(f.File, 1, 1);
        var owner = SchemaWalker.At(YamlSchemas.Node(f.Kind), f.Pointer[..f.Pointer.LastIndexOf('/')]);
        var known = (owner?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
        var name = path[(path.LastIndexOf('.') + 1)..];
        var suggestion = ClosestName.Among(name, known) is { } close ? $"; did you mean '{close}'?" : "";
        return SourceDiagnostics.UnknownField.At(at, path, suggestion);
    }

    private static IEnumerable<string> Missing(Finding f)
    {
        var present = f.Json.ValueAt(f.Pointer) is YamlMappingNode map
            ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToHashSet(StringComparer.Ordinal)
            : [];
        return (f.Subschema?["required"] as JsonArray ?? []).Select(r => r?.GetValue<string>() ?? "").Where(r => !present.Contains(r));
    }

    private static string PointerText(JsonPointer pointer)
    {
        var text = pointer.ToString();
        return text is "#" or "/" ? "" : text.TrimStart('#');
    }

    private static HashSet<string> CoveredPointers(YamlJson json, string file, List<Diagnostic> loaderFindings)
    {
        // A value of the wrong shape: what the schema finds inside it follows from that one problem.
        var spans = loaderFindings.Where(d => d.Code == SourceDiagnostics.WrongShape.Id && d.Span.File == file).Select(d => (d.Span.Line, d.Span.Column)).ToHashSet();
        return json.PointersWhere(node => spans.Contains(((int)node.Start.Line, (int)node.Start.Column)));
    }

    private static bool IsCovered(string pointer, HashSet<string> covered)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (covered.Contains(p))
            {
                return true;
            }

            if (p.Length == 0)
            {
                return false;
            }
        }
    }

    private sealed record Finding(string Kind, YamlJson Json, string File, string Pointer, string Keyword, string Message, JsonNode? Subschema, Uri SchemaLocation)
    {
        public string? Value => (Json.ValueAt(Pointer) as YamlScalarNode)?.Value;
    }
}
