using System.Xml.Linq;
using TeiNs = Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Reading;

/// <summary>Small helpers for reading TEI: namespaced names, attribute access, pointer targets, normalised text.</summary>
internal static class TeiNames
{
    private static readonly XName NoteName = N("note");

    public static XName N(string local) => TeiNs.Ns + local;

    public static string? Attr(this XElement e, string name) => (string?)e.Attribute(name);

    public static string? Id(this XElement e) => (string?)e.Attribute(TeiNs.XmlId);

    /// <summary>The language in force for an element (nearest xml:lang).</summary>
    public static string Lang(this XElement e) =>
        e.AncestorsAndSelf().Select(a => (string?)a.Attribute(TeiNs.XmlLang)).FirstOrDefault(l => l is not null) ?? "";

    /// <summary>The id a pointer names: "persons.xml#stalin" → "stalin", "#d5" → "d5".</summary>
    public static string? Target(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        var hash = pointer.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? pointer[(hash + 1)..] : pointer;
    }

    public static IReadOnlyList<string> Targets(string? pointers) =>
        (pointers ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Target(p)!).ToList();

    /// <summary>Element text with whitespace runs folded, as XML's pretty-printing does not mean them.</summary>
    public static string Text(this XElement? e) => e is null ? "" : Fold(string.Concat(e.DescendantNodes().OfType<XText>().Where(t => t.Parent?.Name != NoteName).Select(t => t.Value))).Trim();

    /// <summary>Each run of whitespace (as <c>\s+</c> matches it: <see cref="char.IsWhiteSpace(char)"/>) as one space.</summary>
    /// <remarks>By hand, not by a regex: it runs over every text node of a corpus, and a text whose only
    /// whitespace is single spaces (most of them) comes back as it is, unscanned twice and uncopied.</remarks>
    public static string Fold(string text)
    {
        var start = 0;
        while (start < text.Length && !(char.IsWhiteSpace(text[start]) && (text[start] != ' ' || (start + 1 < text.Length && char.IsWhiteSpace(text[start + 1])))))
        {
            start++;
        }

        if (start == text.Length)
        {
            return text;
        }

        var folded = new System.Text.StringBuilder(text.Length);
        folded.Append(text, 0, start);
        var inRun = false;
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (!inRun)
                {
                    folded.Append(' ');
                    inRun = true;
                }
            }
            else
            {
                folded.Append(text[i]);
                inRun = false;
            }
        }

        return folded.ToString();
    }
}
