using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads the edition's <c>listPerson</c> / <c>listPlace</c> into index entries.</summary>
internal static class AuthorityReader
{
    public static IEnumerable<EntryView> Read(XDocument list, string kind)
    {
        var (element, nameElement) = kind == "person" ? ("person", "persName") : ("place", "placeName");
        foreach (var e in list.Descendants(TeiNames.N(element)))
        {
            var names = e.Elements(TeiNames.N(nameElement)).ToList();
            var main = names.FirstOrDefault(n => n.Attr("type") == "main") ?? names.FirstOrDefault();
            yield return new EntryView
            {
                Id = e.Id() ?? "",
                Kind = kind,
                SortKey = e.Attr("sortKey") is { Length: > 0 } key ? key.Replace('_', ' ') : NameParts(main), // spaces are written '_' (teidata.word)
                Name = names.FirstOrDefault(n => n.Attr("type") == "main").Text() is { Length: > 0 } mainName ? mainName : names.FirstOrDefault().Text(),
                Names = names.Where(n => n.Attribute(Encoding.Tei.XmlLang) is not null).Select(n => KeyValuePair.Create(n.Lang(), n.Text())).ToList(),
                Aliases = names.Where(n => n.Attr("type") == "alias").Select(n => n.Text()).ToList(),
                Birth = e.Element(TeiNames.N("birth"))?.Attr("when"),
                Death = e.Element(TeiNames.N("death"))?.Attr("when"),
                Note = e.Element(TeiNames.N("note")).Text() is { Length: > 0 } note ? note : null,
                Links = e.Elements(TeiNames.N("idno")).Select(i => KeyValuePair.Create(i.Attr("type") ?? "id", i.Text())).ToList(),
            };
        }
    }

    /// <summary>A name given in its parts (<c>surname</c>, <c>forename</c>, <c>nameLink</c>) as an index sorts it: "Clausewitz, Karl von".</summary>
    private static string? NameParts(XElement? name)
    {
        string Parts(string part) => string.Join(" ", name!.Elements(TeiNames.N(part)).Select(p => p.Text()).Where(t => t.Length > 0));
        if (name is null || Parts("surname") is not { Length: > 0 } surname)
        {
            return null;
        }

        var rest = string.Join(" ", new[] { Parts("forename"), Parts("nameLink") }.Where(p => p.Length > 0));
        return rest.Length == 0 ? surname : $"{surname}, {rest}";
    }
}
