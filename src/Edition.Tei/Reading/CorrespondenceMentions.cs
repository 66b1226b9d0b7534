using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// The sender, the addressee and their places (<c>correspDesc</c>) are occurrences of their index entries, so a letter's
/// place of sending is not "not named in the texts"; only those the texts do not name already, and before them.
/// </summary>
internal static class CorrespondenceMentions
{
    /// <returns>The mentions added: those only the header names, which the print indexes at the document's description.</returns>
    public static IReadOnlyList<Mention> Add(XElement header, ReadingContext context)
    {
        var found = new List<Mention>();
        foreach (var action in header.Descendants(TeiNames.N("correspAction")))
        {
            found.AddRange(Named(action, "persName", "person", context.Persons));
            found.AddRange(Named(action, "placeName", "place", context.Places));
        }

        var added = found.DistinctBy(m => (m.Kind, m.Id)).ToList();
        context.Mentions.InsertRange(0, added);
        foreach (var m in found)
        {
            (m.Kind == "person" ? context.Persons : context.Places).Add(m.Id);
        }

        return added;
    }

    private static IEnumerable<Mention> Named(XElement action, string element, string kind, SortedSet<string> inText) =>
        action.Elements(TeiNames.N(element))
            .Select(e => (Element: e, Id: TeiNames.Target(e.Attr("ref"))))
            .Where(x => x.Id is not null && !inText.Contains(x.Id))
            .Select(x => new Mention(kind, x.Id!, null, x.Element.Lang(), x.Element.Text()));
}
