using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads a <c>teiHeader</c> into the metadata of a <see cref="DocumentView"/>.</summary>
internal static class HeaderReader
{
    public static DocumentView Read(DocumentView view, XElement header)
    {
        var titleStmt = header.Descendants(TeiNames.N("titleStmt")).FirstOrDefault();
        var titles = titleStmt?.Elements(TeiNames.N("title")).ToList() ?? [];
        var title = titles.FirstOrDefault(t => t.Attr("type") == "main") ?? titles.FirstOrDefault(t => t.Attr("type") != "short");
        var ms = header.Descendants(TeiNames.N("msDesc")).FirstOrDefault();
        var bibl = ms?.Descendants(TeiNames.N("bibl")).FirstOrDefault();
        var availability = header.Descendants(TeiNames.N("availability")).FirstOrDefault();
        var licence = availability?.Element(TeiNames.N("licence"));
        var sent = Correspondent(header, "sent");
        return view with
        {
            Title = title.Text() is { Length: > 0 } t ? t : view.Title,
            ShortTitle = titles.FirstOrDefault(t => t.Attr("type") == "short").Text() is { Length: > 0 } st ? st : null,
            Date = DocumentDates.OfHeader(header) ?? view.Date,
            DocumentType = header.Descendants(TeiNames.N("term")).FirstOrDefault(t => t.Attr("type") == "documentType").Text() is { Length: > 0 } type ? type : null,
            Sender = sent,
            Recipient = Correspondent(header, "received"),
            Archive = ms is null ? null : Archive(ms),
            Physical = ms?.Descendants(TeiNames.N("objectDesc")).FirstOrDefault().Text() is { Length: > 0 } p ? p : null,
            SourceTitle = bibl?.Element(TeiNames.N("title")).Text(),
            SourceUrl = bibl?.Element(TeiNames.N("ref"))?.Attr("target"),
            SourceRecord = bibl?.Elements(TeiNames.N("idno")).FirstOrDefault(i => i.Attr("type") == "record").Text(),
            SourceCitation = bibl?.Elements(TeiNames.N("note")).FirstOrDefault(n => n.Attr("type") == "citation").Text(),
            Summary = header.Descendants(TeiNames.N("abstract")).FirstOrDefault().Text() is { Length: > 0 } s ? s : null,
            Rights = availability?.Element(TeiNames.N("p")).Text(),
            Licence = licence.Text() is { Length: > 0 } l ? l : null,
            LicenceUrl = licence?.Attr("target"),
            Responsibility = titleStmt?.Elements(TeiNames.N("respStmt")).Select(r => KeyValuePair.Create(r.Element(TeiNames.N("resp")).Text(), r.Element(TeiNames.N("name")).Text() is { Length: > 0 } n ? n : r.Elements().Last().Text())).ToList() ?? [],
            Witnesses = header.Descendants(TeiNames.N("witness")).Select(w => new WitnessView(w.Id() ?? "", w.Attr("n") ?? w.Id() ?? "", w.Text())).ToList(),
            Identifiers = [],
            Revisions = header.Descendants(TeiNames.N("change")).Select(c => KeyValuePair.Create(c.Attr("when") ?? "", c.Text())).ToList(),
        };
    }

    private static CorrespondentView? Correspondent(XElement header, string type)
    {
        var action = header.Descendants(TeiNames.N("correspAction")).FirstOrDefault(a => a.Attr("type") == type);
        if (action is null)
        {
            return null;
        }

        var person = action.Element(TeiNames.N("persName")) ?? action.Element(TeiNames.N("orgName")) ?? action.Element(TeiNames.N("name"));
        var place = action.Element(TeiNames.N("placeName"));
        return new CorrespondentView(person.Text(), TeiNames.Target(person?.Attr("ref")), place.Text() is { Length: > 0 } pl ? pl : null, TeiNames.Target(place?.Attr("ref")), action.Element(TeiNames.N("date"))?.Attr("when"));
    }

    private static ArchiveView Archive(XElement ms)
    {
        var id = ms.Element(TeiNames.N("msIdentifier"));
        string? Idno(string type) => id?.Elements(TeiNames.N("idno")).FirstOrDefault(i => i.Attr("type") == type).Text() is { Length: > 0 } v ? v : null;
        string? Child(XElement? parent, string name) => parent?.Element(TeiNames.N(name)).Text() is { Length: > 0 } v ? v : null;
        var shortForm = id?.Elements(TeiNames.N("altIdentifier")).FirstOrDefault(a => a.Attr("type") == "short");
        var locus = ms.Descendants(TeiNames.N("locus")).FirstOrDefault(l => l.Attr("type") != "page");
        var pages = ms.Descendants(TeiNames.N("locus")).FirstOrDefault(l => l.Attr("type") == "page");
        var shelfmark = shortForm?.Element(TeiNames.N("idno"));
        return new ArchiveView
        {
            Country = Child(id, "country"),
            Settlement = Child(id, "settlement"),
            Repository = Child(id, "repository"),
            RepositoryAbbr = Child(shortForm, "repository"),
            Collection = Child(id, "collection"),
            Fond = Idno("fond"),
            Opis = Idno("opis"),
            Papka = Idno("papka"),
            Delo = Idno("delo"),
            FolioFrom = locus?.Attr("from"),
            FolioTo = locus?.Attr("to"),
            PageFrom = pages?.Attr("from"),
            PageTo = pages?.Attr("to"),
            Convention = shelfmark?.Attribute(Encoding.Tei.XmlLang)?.Value ?? (locus ?? pages)?.Attribute(Encoding.Tei.XmlLang)?.Value,
            Shelfmark = shelfmark.Text() is { Length: > 0 } sm ? sm.Replace("-", "–", StringComparison.Ordinal) : null,
            OtherIds = id?.Elements(TeiNames.N("idno")).Where(i => i.Attr("type") is not ("fond" or "opis" or "papka" or "delo")).Select(i => KeyValuePair.Create(i.Attr("type") ?? "", i.Text())).ToList() ?? [],
            OtherHoldings = id?.Elements(TeiNames.N("altIdentifier")).Where(a => a.Attr("type") == "holding").Select(a => string.Join(", ", a.Elements().Select(c => c.Text()))).ToList() ?? [],
        };
    }
}
