using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// Counterparts declared apart from the segments: <c>&lt;linkGrp type="translation"&gt;&lt;link target="#o1 #t1"/&gt;</c>
/// (or a <c>link</c> of type translation anywhere), each link making its targets counterparts of one another, as
/// <c>@corresp</c> does. Read once per document, from its whole <c>TEI</c> (the links may stand in <c>standOff</c>).
/// </summary>
internal static class TranslationLinks
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Whether the element only declares the alignment: read by it, not shown.</summary>
    public static bool IsLinkGroup(XElement e) => e.Name == TeiNames.N("linkGrp") && e.Attr("type") == "translation";

    /// <summary>Each linked id with the ids it is linked to, in the order the links give them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(XElement root)
    {
        var links = root.Descendants(TeiNames.N("link")).Where(l => l.Attr("type") == "translation" || (l.Parent is { } p && IsLinkGroup(p)));
        var partners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var targets = TeiNames.Targets(link.Attr("target")).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            foreach (var id in targets)
            {
                var list = partners.TryGetValue(id, out var known) ? known : partners[id] = [];
                list.AddRange(targets.Where(t => t != id && !list.Contains(t)));
            }
        }

        return partners.Count == 0 ? None : partners.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
