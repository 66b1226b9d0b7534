using System.Xml;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Core.Xml;

namespace Edition.Tei.Encoding;

/// <summary>
/// What a TEI-in file's prolog tells before the file is read: a DOCTYPE whose DTD or entities are not read (ED1207),
/// a root element that is not TEI P5 (ED1208), and, when the file then fails at an entity reference, that the
/// entity was the unread DTD's (ED1209). Read from the bytes on every build, so the findings never depend on a cache.
/// </summary>
public static class TeiInProlog
{
    /// <summary>A warning for a DOCTYPE that names a DTD or declares entities: both are ignored.</summary>
    public static Diagnostic? Doctype(XmlProlog prolog, string display)
    {
        if (prolog.Doctype is not { } doctype)
        {
            return null;
        }

        var entities = doctype.DeclaredEntities;
        var what = (doctype.NamesDtd, entities.Count > 0) switch
        {
            (true, true) => $"{Dtd(doctype)} and its internal subset, which declares {Entities(entities)}, are not read",
            (true, false) => $"{Dtd(doctype)} is not read",
            (false, true) => $"the DOCTYPE's internal subset, which declares {Entities(entities)}, is not read",
            _ => null,
        };
        return what is null ? null : EncodingDiagnostics.DtdNotRead.At(new SourceSpan(display, doctype.Line, doctype.Column), what);
    }

    /// <summary>An error for a root that is not TEI or teiCorpus in the TEI namespace (a prolog not read through is not judged).</summary>
    public static Diagnostic? NotTei(XmlProlog prolog, string display)
    {
        if (prolog.Root is not { } root || (root.Namespace == Tei.Ns && root.LocalName is "TEI" or "teiCorpus"))
        {
            return null;
        }

        var found = $"'{root.LocalName}' in " + (root.NamespaceName.Length == 0 ? "no namespace" : $"the namespace '{root.NamespaceName}'");
        var hint = root.LocalName.EndsWith(".2", StringComparison.Ordinal)
            ? $". '{root.LocalName}' is TEI P4: convert the file to TEI P5 (the TEI Stylesheets' p4top5.xsl does), then build again"
            : root.LocalName is "TEI" or "teiCorpus" && root.NamespaceName.Length == 0
                ? $". If it is TEI P5 written without its namespace, add xmlns=\"{Tei.Ns.NamespaceName}\" to the root element"
                : "";
        return EncodingDiagnostics.NotTeiP5.At(new SourceSpan(display, prolog.RootLine, prolog.RootColumn), found, hint);
    }

    /// <summary>
    /// An error for a parse that failed at a reference to an entity the DOCTYPE's DTD or internal subset would have
    /// declared; null for any other failure (or a file without such a DOCTYPE), which is plainly not well-formed.
    /// </summary>
    public static Diagnostic? UnreadEntity(XmlProlog prolog, XmlException failure, byte[] bytes, string display)
    {
        if (prolog.Doctype is not { } doctype || EntityAt(bytes, failure.LineNumber, failure.LinePosition) is not { } name)
        {
            return null;
        }

        var source = doctype.DeclaredEntities.Contains(name, StringComparer.Ordinal)
            ? $"the DOCTYPE's internal subset (line {doctype.Line}) declares it, but is not read"
            : doctype.NamesDtd ? $"{Dtd(doctype)} (line {doctype.Line}) is not read" : null;
        if (source is null)
        {
            return null;
        }

        var character = System.Net.WebUtility.HtmlDecode($"&{name};");
        var suggestion = character.StartsWith('&') ? ": write what it stands for in its place"
            : $": write '{character}' itself, or {string.Concat(character.EnumerateRunes().Select(r => $"&#x{r.Value:X};"))}";
        return EncodingDiagnostics.EntityOfUnreadDtd.At(new SourceSpan(display, failure.LineNumber, Math.Max(1, failure.LinePosition - 1)), name, source, suggestion);
    }

    private static string Dtd(XmlDoctype doctype) => "the DTD " + (doctype.SystemId, doctype.PublicId) switch
    {
        ({ Length: > 0 } system, { Length: > 0 } @public) => $"'{system}' (\"{@public}\")",
        ({ Length: > 0 } system, _) => $"'{system}'",
        (_, var @public) => $"\"{@public}\"",
    } + " that the DOCTYPE names";

    private static string Entities(IReadOnlyList<string> names) =>
        (names.Count == 1 ? "the entity " : "the entities ") + string.Join(", ", names.Take(8).Select(n => $"'{n}'")) + (names.Count > 8 ? $" and {names.Count - 8} more" : "");

    /// <summary>The name of the entity reference at a parser's error position (which points just after the '&amp;'), if one stands there.</summary>
    private static string? EntityAt(byte[] bytes, int line, int column)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = "";
        for (var i = 0; i < line; i++)
        {
            if (reader.ReadLine() is not { } next)
            {
                return null;
            }

            text = next;
        }

        var start = column - 1;
        var end = start < 1 || start >= text.Length || text[start - 1] != '&' ? -1 : text.IndexOf(';', start);
        return end > start ? text[start..end] : null;
    }
}
