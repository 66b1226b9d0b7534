using System.Xml.Linq;
using Edition.Core.Source.Model;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>The edition's persons and places as TEI files (<c>listPerson</c>, <c>listPlace</c> in <c>standOff</c>).</summary>
internal static class AuthorityListEncoder
{
    public static XDocument Persons(EditionSource edition) => Wrap(edition, "Persons", E("listPerson",
        edition.Persons.Select(p => E("person", A(XmlId, p.Id), A("sortKey", p.Sort?.Trim().Replace(' ', '_')), // teidata.word: no spaces
            E("persName", A("type", "main"), p.Name),
            p.Names.Select(n => E("persName", A(XmlLang, n.Key), n.Value)),
            p.Aliases.Select(a => E("persName", A("type", "alias"), a)),
            p.Birth is null ? null : E("birth", A("when", p.Birth)),
            p.Death is null ? null : E("death", A("when", p.Death)),
            Idnos(p.Wikidata, p.Viaf, null),
            Opt("note", p.Note)).From(p.Span))));

    public static XDocument Places(EditionSource edition) => Wrap(edition, "Places", E("listPlace",
        edition.Places.Select(p => E("place", A(XmlId, p.Id),
            E("placeName", A("type", "main"), p.Name),
            p.Names.Select(n => E("placeName", A(XmlLang, n.Key), n.Value)),
            Idnos(p.Wikidata, null, p.Geonames),
            Opt("note", p.Note)).From(p.Span))));

    private static IEnumerable<XElement> Idnos(string? wikidata, string? viaf, string? geonames)
    {
        if (wikidata is not null) yield return E("idno", A("type", "wikidata"), $"http://www.wikidata.org/entity/{wikidata}");
        if (viaf is not null) yield return E("idno", A("type", "VIAF"), $"http://viaf.org/viaf/{viaf}");
        if (geonames is not null) yield return E("idno", A("type", "geonames"), $"https://sws.geonames.org/{geonames}/");
    }

    private static XDocument Wrap(EditionSource edition, string what, XElement list) => new(
        E("TEI", A(XmlLang, "en"),
            E("teiHeader", E("fileDesc",
                E("titleStmt", E("title", $"{what} of {edition.Info.Title}")),
                E("publicationStmt", E("publisher", edition.Info.Publisher ?? edition.Info.Title),
                    edition.Info.Licence is { } l ? E("availability", E("licence", A("target", l.Url), l.Name)) : null),
                E("sourceDesc", E("p", $"Authority list compiled by the editors of {edition.Info.Title}.")))),
            E("standOff", list)));
}
