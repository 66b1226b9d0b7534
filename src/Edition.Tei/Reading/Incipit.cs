using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>The first words of a text, for a document with no title of its own: about eight, cut at a word.</summary>
public static class Incipit
{
    private const int Words = 8;

    /// <summary>The first words of the first paragraph (else of the whole element), notes left out; "…" when cut.</summary>
    internal static string Of(XElement element)
    {
        var first = element.Descendants().FirstOrDefault(e => (e.Name == TeiNames.N("p") || e.Name == TeiNames.N("ab")) && e.Text().Length > 0);
        return Cut((first ?? element).Text());
    }

    public static string Cut(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= Words ? string.Join(' ', words) : string.Join(' ', words.Take(Words)).TrimEnd(',', ';', ':', '.', '—', '-') + "…";
    }
}
