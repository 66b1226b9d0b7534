using System.Xml;
using System.Xml.XPath;
using Edition.Core.Xml;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// The documents <c>document()</c>, <c>doc()</c> and <c>doc-available()</c> read: local files only (a file: URI or a
/// path; any other scheme is refused, never fetched), each read once per run, safely (no DTD, no entities).
/// Every failure is the dynamic error FODC0002 (F&amp;O 2.0, 15.5.4), which the run reports at its context node.
/// </summary>
internal static class LocalDocuments
{
    /// <summary>The local path <paramref name="reference"/> names, resolved against <paramref name="relativeTo"/>.</summary>
    public static string Resolve(Uri relativeTo, string reference, string function)
    {
        var uri = Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1
            ? absolute
            : Uri.TryCreate(relativeTo, reference, out var relative)
                ? relative
                : throw new XPath2Exception("FODC0005", $"{function}('{reference}'): not a URI");
        return uri.IsFile
            ? uri.LocalPath
            : throw new XPath2Exception("FODC0002", $"{function}('{reference}'): only local files are read, never the network");
    }

    /// <summary>The document node of the file at <paramref name="path"/>, read on first use in this run.</summary>
    public static XPathNavigator Load(EvaluationScope scope, string path, string function, string reference)
    {
        if (scope.Documents.TryGetValue(path, out var root))
        {
            return root;
        }

        if (!File.Exists(path))
        {
            throw new XPath2Exception("FODC0002", $"{function}('{reference}'): no such file {path}");
        }

        try
        {
            root = SafeXml.Load(path).CreateNavigator();
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new XPath2Exception("FODC0002", $"{function}('{reference}'): {path} cannot be read as XML: {e.Message}");
        }

        scope.Documents[path] = root;
        return root;
    }
}
