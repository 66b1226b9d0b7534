using Edition.Core.Diagnostics;
using Edition.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source.Yaml;

/// <summary>Reads a YAML file into nodes that keep their line and column (YamlDotNet's representation model).</summary>
public static class YamlFile
{
    /// <summary>The longest value a YAML field may hold, in characters (a summary of a few pages is some 20,000).</summary>
    public const int MaxFieldCharacters = 1_000_000;

    public static YamlNode? Load(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Read(path, displayPath, diagnostics);
        using var reader = new StringReader(text);
        var parser = new Parser(reader);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                diagnostics.Add(SourceDiagnostics.YamlSyntax.At(new SourceSpan(displayPath, 1, 1), "the file is empty"));
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Add(SourceDiagnostics.SeveralYamlDocuments.At(SpanOf(stream.Documents[1].RootNode, displayPath)));
                return null;
            }

            return WithFieldsBounded(stream.Documents[0].RootNode, displayPath, diagnostics);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Split(" at ")[0].TrimEnd('.');
            var (line, column) = message.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(text) is { } tab ? tab : ((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Add(SourceDiagnostics.YamlSyntax.At(new SourceSpan(displayPath, line, column), $"YAML syntax error: {message}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and node loader throw these, not a YamlException, on some broken input (found by fuzzing).
            var at = parser.Current?.Start;
            var span = at is { } mark ? new SourceSpan(displayPath, (int)mark.Line, (int)mark.Column) : new SourceSpan(displayPath, 1, 1);
            diagnostics.Add(SourceDiagnostics.YamlSyntax.At(span, "YAML syntax error: the text cannot be read as YAML here"));
            return null;
        }
    }

    /// <summary>
    /// Each value too long is an error at its line and is cut to the limit, so no later step copies it (a document's
    /// summary goes into its TEI, its pages and each passage's citation).
    /// </summary>
    private static YamlNode WithFieldsBounded(YamlNode root, string displayPath, List<Diagnostic> diagnostics)
    {
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>().Where(s => s.Value?.Length > MaxFieldCharacters))
        {
            diagnostics.Add(SourceDiagnostics.FieldTooLong.At(SpanOf(scalar, displayPath), scalar.Value!.Length, MaxFieldCharacters));
            scalar.Value = scalar.Value[..MaxFieldCharacters];
        }

        return root;
    }

    /// <summary>
    /// Where a tab indents a line (YAML forbids it): the scanner reports such an error where the enclosing mapping
    /// starts, often (1,1), so the place is found here.
    /// </summary>
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    public static SourceSpan SpanOf(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);
}
