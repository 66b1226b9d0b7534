using System.Xml.Linq;
using Edition.Core.Conventions;
using Edition.Core.Source.Model;
using Markdig;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>Builds a document's <c>teiHeader</c> from <c>edition.yml</c> and <c>document.yml</c>.</summary>
internal sealed class TeiHeaderEncoder(EditionSource edition, AuthoredDocument document)
{
    private readonly DocumentMeta _meta = document.Meta;
    private readonly string _doc = document.Id;

    public XElement Encode() => E("teiHeader",
        E("fileDesc", TitleStmt(), PublicationStmt(), NotesStmt(), SourceDesc()),
        EncodingDesc(),
        ProfileDesc(),
        RevisionDesc());

    private XElement TitleStmt() => E("titleStmt",
        E("title", A("type", "main"), _meta.Title),
        _meta.ShortTitle is { } shortTitle ? E("title", A("type", "short"), shortTitle) : null,
        E("title", A("type", "collection"), edition.Info.Title),
        edition.Info.Editors.Select(e => E("respStmt", A(XmlId, TeiIds.Editor(_doc, e.Id)), E("resp", e.Role), E("name", e.Name))),
        _meta.Translation?.Credit is { } credit
            ? E("respStmt", E("resp", $"translation into {LanguageNames.English(_meta.Translation.Language)}"), E("name", credit))
            : null);

    private XElement PublicationStmt() => E("publicationStmt",
        E("publisher", edition.Info.Publisher ?? edition.Info.Editors.FirstOrDefault()?.Name ?? edition.Info.Title),
        E("idno", A("type", "edition"), _doc),
        edition.Info.Licence is null && _meta.Rights is null ? null : E("availability",
            edition.Info.Licence is { } l ? E("licence", A("target", l.Url), l.Name) : null,
            Opt("p", _meta.Rights)),
        _meta.Revisions.Count > 0 ? E("date", A("when", _meta.Revisions.Max(r => r.Date)), _meta.Revisions.Max(r => r.Date)) : null);

    /// <summary>
    /// A document whose original is not transcribed says so: its base is a translation. (Witnesses without an
    /// original are the original's copies: it is transcribed through them.)
    /// </summary>
    private XElement? NotesStmt()
    {
        if (document.Base?.Role != TextRole.Translation || document.Texts.Any(t => t.Role == TextRole.Original))
        {
            return null;
        }

        var translations = document.Texts.Where(t => t.Role == TextRole.Translation).Select(t => LanguageNames.English(t.Language)).Distinct().ToList();
        var given = translations.Count == 1
            ? $"the text given is its translation into {translations[0]}"
            : $"the texts given are its translations into {string.Join(", ", translations[..^1])} and {translations[^1]}";
        return E("notesStmt", E("note", A("type", "editorial"), $"The original ({LanguageNames.English(_meta.Language)}) is not transcribed in this edition; {given}."));
    }

    private XElement SourceDesc() => E("sourceDesc",
        E("msDesc",
            MsIdentifier(),
            E("msContents", E("msItem",
                _meta.Archives.FirstOrDefault()?.Folios is { } folios ? Locus(_meta.Archives[0], folios) : null,
                _meta.Archives.FirstOrDefault()?.Pages is { } pages ? PageLocus(_meta.Archives[0], pages) : null,
                E("title", _meta.Title),
                E("textLang", A("mainLang", _meta.Language), LanguageNames.English(_meta.Language)))),
            _meta.Physical is { } physical ? E("physDesc", E("objectDesc", A("form", _meta.Type), E("p", physical))) : null,
            E("history", E("origin",
                E("origDate", A("when", _meta.Date), _meta.Date),
                _meta.Sender?.PlaceId is { } place ? E("origPlace", E("placeName", A("ref", TeiIds.Place(place)), PlaceName(place))) : null)),
            _meta.Source is { } source ? E("additional", E("listBibl", SourceBibl(source))) : null),
        _meta.Witnesses.Count > 0
            ? E("listWit", _meta.Witnesses.Select(w => E("witness", A(XmlId, TeiIds.Witness(_doc, w.Id)), A("n", w.Id), w.Label)))
            : null);

    private XElement? MsIdentifier()
    {
        if (_meta.Archives.Count == 0)
        {
            return E("msIdentifier", E("idno", A("type", "document"), _doc));
        }

        var a = _meta.Archives[0];
        return E("msIdentifier",
            Opt("country", a.Country),
            Opt("settlement", a.Settlement),
            E("repository", a.Repository),
            Opt("collection", a.Collection),
            ArchiveIdnos(a),
            a.RepositoryAbbr is not null ? E("altIdentifier", A("type", "short"), E("repository", a.RepositoryAbbr), E("idno", A("type", "shelfmark"), Named(a), ShortForm(a))) : null,
            _meta.Archives.Skip(1).Select(other => E("altIdentifier", A("type", "holding"),
                Opt("country", other.Country), Opt("settlement", other.Settlement), E("repository", other.RepositoryAbbr ?? other.Repository),
                E("idno", A("type", "shelfmark"), Named(other), ShortForm(other)))));
    }

    private static IEnumerable<XElement> ArchiveIdnos(ArchiveLocation a) =>
        new[] { ("fond", a.Fond), ("opis", a.Opis), ("papka", a.Papka), ("delo", a.Delo) }
            .Where(p => p.Item2 is not null)
            .Select(p => E("idno", A("type", p.Item1), p.Item2));

    private XElement Locus(ArchiveLocation a, string folios)
    {
        var convention = Convention(a);
        var label = convention.Short.GetValueOrDefault(a.FolioFrom != a.FolioTo ? "folios" : "folio");
        return E("locus", A("from", a.FolioFrom), A("to", a.FolioTo), Named(a), (label is null ? "" : label + " ") + HoldingCitation.Folios(convention, folios.Replace("-", "–", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The pages, a second locus typed "page" (locus/@from and @to are "typically a page number"; the untyped locus
    /// before it counts folios), labelled in the holding's tradition: "pp. 3–4", "S. 3–4", "с. 3–4".
    /// </summary>
    private XElement PageLocus(ArchiveLocation a, string pages)
    {
        var label = Convention(a).Short.GetValueOrDefault(a.PageFrom != a.PageTo ? "pages" : "page");
        return E("locus", A("type", "page"), A("from", a.PageFrom), A("to", a.PageTo), Named(a), (label is null ? "" : label + " ") + pages.Replace("-", "–", StringComparison.Ordinal));
    }

    /// <summary>The holding's short form in its tradition's usage ("f. 45, op. 1, d. 339, ll. 64-65"; "Bestand 12, Nr. 3, Bl. 1-2").</summary>
    private string ShortForm(ArchiveLocation a) => HoldingCitation.Short(Convention(a), a, a.Folios, a.FolioFrom == a.FolioTo, a.Pages);

    private CitationConvention Convention(ArchiveLocation a) => edition.Conventions.Resolve(a.Convention, a.Country, edition.Info.Convention, _meta.Language);

    /// <summary>A convention named in document.yml is the language of the holding's short forms (conventions are named by language tags).</summary>
    private static XAttribute? Named(ArchiveLocation a) => a.Convention is { } name ? new XAttribute(XmlLang, name) : null;

    private XElement SourceBibl(SourcePublication s) => E("bibl", A(XmlId, $"{_doc}-source"),
        E("title", A("level", "m"), s.Title),
        s.Record is not null ? E("idno", A("type", "record"), s.Record) : null,
        s.Url is not null ? E("ref", A("target", s.Url), s.Url) : null,
        s.Citation is not null ? E("note", A("type", "citation"), s.Citation) : null);

    private XElement EncodingDesc() => E("encodingDesc",
        E("editorialDecl", Paragraphs(edition.Info.Principles) ?? [E("p", "Transcribed and encoded with Edition.")]),
        E("variantEncoding", A("method", "parallel-segmentation"), A("location", "internal")));

    private XElement ProfileDesc() => E("profileDesc",
        _meta.Summary is { } summary ? E("abstract", E("p", summary)) : null,
        CorrespDesc(),
        // The original's language first, whether or not the original is transcribed.
        E("langUsage", document.Texts.Select(t => t.Language).Prepend(_meta.Language).Distinct().Select(l => E("language", A("ident", l), LanguageNames.English(l)))),
        _meta.TypeLabel is { } label ? E("textClass", E("keywords", E("term", A("type", "documentType"), label))) : null,
        HandNotes());

    /// <summary>The hands that wrote in the document, which hand shifts and changes point to.</summary>
    private XElement? HandNotes() => _meta.Hands.Count == 0 ? null : E("handNotes",
        _meta.Hands.Select(h => E("handNote", A(XmlId, TeiIds.Hand(_doc, h.Id)), A("medium", h.Medium), h.Label)));

    private XElement? CorrespDesc()
    {
        if (_meta.Sender is null && _meta.Recipient is null)
        {
            return null;
        }

        return E("correspDesc",
            Action("sent", _meta.Sender, _meta.Sender?.When ?? _meta.Date),
            Action("received", _meta.Recipient, _meta.Recipient?.When));
    }

    private XElement? Action(string type, Correspondent? c, string? when) => c is null ? null : E("correspAction", A("type", type),
        c.PersonId is { } p ? E("persName", A("ref", TeiIds.Person(p)), edition.Persons.First(x => x.Id == p).Name) : null,
        c.PlaceId is { } pl ? E("placeName", A("ref", TeiIds.Place(pl)), PlaceName(pl)) : null,
        when is not null ? E("date", A("when", Core.Source.Yaml.IsoDate.ToXsd(when))) : null);

    private XElement? RevisionDesc() => _meta.Revisions.Count == 0 ? null : E("revisionDesc",
        _meta.Revisions.Select(r => E("change", A("when", r.Date), A("who", r.Who is null ? null : "#" + TeiIds.Editor(_doc, r.Who)), r.What)));

    private string PlaceName(string id) => edition.Places.FirstOrDefault(p => p.Id == id)?.Name ?? id;

    /// <summary>Markdown prose (principles) as plain TEI paragraphs.</summary>
    private static List<XElement>? Paragraphs(string? markdown) => string.IsNullOrWhiteSpace(markdown) ? null :
        markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Markdown.ToPlainText(p).Trim().ReplaceLineEndings(" "))
            .Where(p => p.Length > 0)
            .Select(p => E("p", p))
            .ToList();
}
