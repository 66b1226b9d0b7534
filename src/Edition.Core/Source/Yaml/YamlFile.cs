using Edition.Core.Diagnostics;
using Edition.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Edition.Core.Source.Yaml;

/// <summary>Reads a YAML file into nodes that keep their line and column (YamlDotNet's representation model).</summary>
public static class YamlFile
{
    public static YamlNode? Load(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Read(path, displayPath, diagnostics);
        try
        {
            var stream = new YamlStream();
            using var reader = new StringReader(text);
            stream.Load(reader);
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

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Split(" at ")[0].TrimEnd('.');
            diagnostics.Add(SourceDiagnostics.YamlSyntax.At(new SourceSpan(displayPath, (int)e.Start.Line, (int)e.Start.Column), $"YAML syntax error: {message}"));
            return null;
        }
    }

    public static SourceSpan SpanOf(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);
}
