using System.Globalization;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// A YAML mapping read field by field, each problem reported at the field's own line and column.
/// Which fields a file may hold is its schema's to say (<see cref="YamlSchemaCheck"/>); each field read is noted in
/// <see cref="YamlFieldLog"/>, by which a test holds the schemas and the loaders to the same fields.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string? _path;

    private YamlMap(YamlMappingNode node, string file, List<Diagnostic> diagnostics, string? path)
    {
        _node = node;
        File = file;
        _diagnostics = diagnostics;
        _path = path;
    }

    public string File { get; }

    public SourceSpan Span => YamlFile.SpanOf(_node, File);

    /// <summary>The node as a mapping, or null with an error naming what was expected.</summary>
    /// <param name="path">Where the mapping is in the file, as the field log names it: <c>""</c>, <c>/sender</c>, <c>/archives/*</c>.</param>
    public static YamlMap? From(YamlNode? node, string file, List<Diagnostic> diagnostics, string what, string path = "")
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, file, diagnostics, path);
        }

        if (node is not null)
        {
            diagnostics.Add(SourceDiagnostics.WrongShape.At(YamlFile.SpanOf(node, file), $"{what} must be a mapping of 'field: value' lines"));
        }

        return null;
    }

    public SourceSpan SpanOf(string key) => Find(key) is { } n ? YamlFile.SpanOf(n, File) : Span;

    public string? String(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Add(SourceDiagnostics.RequiredFieldMissing.At(Span, $"required field '{key}' is missing"));
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = IsNull(scalar) ? null : scalar.Value ?? "";
            if (required && string.IsNullOrEmpty(value))
            {
                _diagnostics.Add(SourceDiagnostics.RequiredFieldMissing.At(YamlFile.SpanOf(node, File), $"required field '{key}' is empty"));
            }

            return value;
        }

        _diagnostics.Add(SourceDiagnostics.WrongShape.At(YamlFile.SpanOf(node, File), $"field '{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}"));
        return null;
    }

    /// <summary>An ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), or a date-time when <paramref name="allowTime"/>.</summary>
    public string? Date(string key, bool required = false, bool allowTime = false)
    {
        var value = String(key, required);
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (!IsoDate.IsValid(value, allowTime))
        {
            _diagnostics.Add(SourceDiagnostics.InvalidDate.At(SpanOf(key), $"'{key}' is not a valid ISO date: '{value}' (expected YYYY-MM-DD{(allowTime ? " or YYYY-MM-DDThh:mm" : "")})"));
            return null;
        }

        return value;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null && required)
        {
            _diagnostics.Add(SourceDiagnostics.RequiredFieldMissing.At(Span, $"required section '{key}' is missing"));
        }

        return From(node, File, _diagnostics, $"'{key}'", _path + "/" + key);
    }

    /// <summary>A list of mappings (e.g. editors), each read by the caller.</summary>
    public IEnumerable<YamlMap> MapList(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            _diagnostics.Add(SourceDiagnostics.WrongShape.At(YamlFile.SpanOf(node, File), $"'{key}' must be a list of entries starting with '- '"));
            return [];
        }

        return seq.Children.Select(c => From(c, File, _diagnostics, $"each entry of '{key}'", _path + "/" + key + "/*")).OfType<YamlMap>().ToList();
    }

    /// <summary>A list of plain values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        return Find(key) switch
        {
            null => [],
            YamlScalarNode s => [s.Value ?? ""],
            YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
            var n => Fail(n),
        };

        IReadOnlyList<string> Fail(YamlNode n)
        {
            _diagnostics.Add(SourceDiagnostics.WrongShape.At(YamlFile.SpanOf(n, File), $"'{key}' must be a list of values"));
            return [];
        }
    }

    /// <summary>A mapping of plain values (e.g. <c>names: {{ ru: …, en: … }}</c>).</summary>
    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        var map = Map(key);
        if (map is null)
        {
            return new Dictionary<string, string>();
        }

        // Its keys are the author's (language codes), not fields: the log notes the mapping alone.
        map = map.AsFreeMapping();

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in map.Keys)
        {
            result[k] = map.String(k) ?? "";
        }

        return result;
    }

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    private YamlMap AsFreeMapping() => new(_node, File, _diagnostics, path: null);

    private YamlNode? Find(string key)
    {
        if (_path is not null)
        {
            YamlFieldLog.Note(File, _path + "/" + key);
        }

        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>YAML's null (<c>~</c>, <c>null</c>, unquoted): no value, not the text "~".</summary>
    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";
}
