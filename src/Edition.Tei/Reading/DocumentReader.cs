using System.Globalization;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Reads the documents a TEI file holds: one per <c>TEI</c> (a <c>teiCorpus</c> holds several), or one per
/// <c>div[@type='document']</c> for collections such as FRUS volumes. Nothing of a text is left out: its
/// <c>front</c> and <c>back</c>, every <c>text</c> of a <c>group</c>, a <c>sourceDoc</c>, and the divisions beside
/// parallel texts (an EpiDoc file's apparatus and commentary) are read as the document's matter before and after.
/// </summary>
public static class DocumentReader
{
    /// <summary>The types of division that are one text of a parallel edition (EpiDoc's edition is the original).</summary>
    private static readonly Dictionary<string, string> ParallelRoles = new(StringComparer.Ordinal)
    {
        ["original"] = "original",
        ["edition"] = "original",
        ["translation"] = "translation",
        ["witness"] = "witness",
    };

    public static IReadOnlyList<DocumentReading> Read(string teiFile, XDocument tei) => ReadFile(teiFile, tei, VolumeStructure.Of(teiFile, tei.Root!), new ElementLedger()).Documents;

    /// <summary>The file's documents and, for a volume, the pages of its parts that are not documents (<see cref="VolumeStructure"/>).</summary>
    /// <param name="ledger">Gathers how each page's elements were read, for the file's <see cref="ReadingReport"/>.</param>
    internal static (IReadOnlyList<DocumentReading> Documents, IReadOnlyList<DocumentReading> Parts) ReadFile(string teiFile, XDocument tei, VolumeStructure? volume, ElementLedger ledger)
    {
        var root = tei.Root!;
        if (root.Name == TeiNames.N("teiCorpus"))
        {
            var members = root.Descendants(TeiNames.N("TEI")).ToList();
            return (members.Select((t, i) => ReadWhole(teiFile, t, members.Count > 1 ? $"{Path.GetFileNameWithoutExtension(teiFile)}-{i + 1}" : null, ledger)).ToList(), []);
        }

        if (volume is null)
        {
            return ([ReadWhole(teiFile, root, null, ledger)], []);
        }

        // A volume's pages are read on every core (the tree is only read); a handful are not worth it.
        var title = root.Descendants(TeiNames.N("titleStmt")).Elements(TeiNames.N("title")).FirstOrDefault().Text();
        var pages = volume.Documents.Select(d => (Document: d, Part: (VolumePart?)null)).Concat(volume.Parts.Select(p => (Document: (XElement)null!, Part: (VolumePart?)p))).ToList();
        var read = pages.Count < 16
            ? pages.Select(p => p.Part is { } part ? ReadPart(teiFile, part, title, ledger) : ReadInner(teiFile, volume, p.Document, title, ledger)).ToList()
            : pages.AsParallel().AsOrdered().Select(p => p.Part is { } part ? ReadPart(teiFile, part, title, ledger) : ReadInner(teiFile, volume, p.Document, title, ledger)).ToList();
        return (read.Take(volume.Documents.Count).ToList(), read.Skip(volume.Documents.Count).ToList());
    }

    private static DocumentReading ReadWhole(string teiFile, XElement root, string? memberId, ElementLedger ledger)
    {
        var context = new ReadingContext { TranslationLinks = TranslationLinks.Of(root) };
        var id = root.Descendants(TeiNames.N("idno")).FirstOrDefault(i => i.Attr("type") == "edition").Text() is { Length: > 0 } idno ? idno : memberId ?? Path.GetFileNameWithoutExtension(teiFile);
        var text = root.Element(TeiNames.N("text"));
        var main = text?.Element(TeiNames.N("body")) ?? text?.Element(TeiNames.N("group")) ?? root.Element(TeiNames.N("sourceDoc"));
        var parallel = ParallelTexts(main);
        var texts = parallel.Count > 0
            ? parallel.Select((d, i) => Text(context, d, Role(d, i), $"{id}-{(d.Attr("type") == "witness" ? d.Attr("n") : null) ?? d.Lang()}-")).ToList()
            : main is null ? [] : [Text(context, main, "original", "")];
        var view = new DocumentView { Id = id, TeiFile = teiFile, Title = id };
        if (root.Element(TeiNames.N("teiHeader")) is { } header)
        {
            view = HeaderReader.Read(view, header);
            var headerOnly = CorrespondenceMentions.Add(header, context);
            view = view with
            {
                HeaderPersonIds = [.. headerOnly.Where(m => m.Kind == "person").Select(m => m.Id)],
                HeaderPlaceIds = [.. headerOnly.Where(m => m.Kind == "place").Select(m => m.Id)],
            };
        }

        view = view with { Date = view.Date ?? DocumentDates.FromDateline(main), Attributes = Attributes(root) };
        if (view.Title == id && main is not null && Incipit.Of(main) is { Length: > 0 } incipit)
        {
            view = view with { Title = incipit, Incipit = incipit }; // a document with no title of its own
        }

        var (front, back) = Matter(context, root, text, main, parallel);
        var (surfaces, manifest) = FacsimileReader.Read(root, context.Ledger);
        ledger.Add(context.Ledger);
        return new DocumentReading(Complete(view, texts, context) with { Front = front, Back = back, Facsimile = surfaces, FacsimileManifest = manifest }, context.Mentions);
    }

    /// <summary>
    /// The texts of a parallel edition: a body's divisions of a parallel type (unless all are originals: then the
    /// edition is one text, its other divisions in their places), or a group's texts when they are in more than
    /// one language (a group in one language is an anthology, read in sequence).
    /// </summary>
    private static List<XElement> ParallelTexts(XElement? main)
    {
        if (main?.Name == TeiNames.N("group"))
        {
            var texts = main.Elements(TeiNames.N("text")).ToList();
            return texts.Select(t => t.Lang()).Distinct(StringComparer.Ordinal).Count() > 1 ? texts : [];
        }

        var divisions = main?.Elements(TeiNames.N("div")).Where(d => ParallelRoles.ContainsKey(d.Attr("type") ?? "")).ToList() ?? [];
        return divisions.All(d => ParallelRoles[d.Attr("type")!] == "original") ? [] : divisions;
    }

    /// <summary>A parallel text's role: its type's, else the first of a group is the original and the others its translations.</summary>
    private static string Role(XElement text, int index) =>
        ParallelRoles.TryGetValue(text.Attr("type") ?? "", out var role) ? role : index == 0 ? "original" : "translation";

    /// <summary>
    /// What stands before and after the texts: <c>front</c>, and what a parallel body holds before its first
    /// parallel division; then what it holds after, <c>back</c>, and a <c>sourceDoc</c> beside a <c>text</c>.
    /// </summary>
    private static (List<BlockView> Front, List<BlockView> Back) Matter(ReadingContext context, XElement root, XElement? text, XElement? main, List<XElement> parallel)
    {
        var reader = new BlockReader(context, "");
        var front = new List<BlockView>();
        var back = new List<BlockView>();
        if (text?.Element(TeiNames.N("front")) is { } frontMatter)
        {
            front.AddRange(reader.ReadElement(frontMatter));
        }

        if (parallel.Count > 0)
        {
            var first = main!.Nodes().TakeWhile(n => n != parallel[0]);
            var rest = main.Nodes().SkipWhile(n => n != parallel[0]).Where(n => n is not XElement e || !parallel.Contains(e));
            front.AddRange(first.SelectMany(reader.ReadNode));
            back.AddRange(rest.SelectMany(reader.ReadNode));
        }

        foreach (var after in new[] { text?.Element(TeiNames.N("back")), text is null ? null : root.Element(TeiNames.N("sourceDoc")) })
        {
            if (after is not null)
            {
                back.AddRange(reader.ReadElement(after));
            }
        }

        return (front, back);
    }

    private static DocumentReading ReadInner(string teiFile, VolumeStructure volume, XElement div, string volumeTitle, ElementLedger ledger)
    {
        var context = new ReadingContext();
        var head = div.Element(TeiNames.N("head")).Text();
        var place = volume.Places.GetValueOrDefault(div);
        var view = new DocumentView
        {
            Id = volume.DocumentIds[div],
            DivId = div.Id(),
            TeiFile = teiFile,
            Title = head.Length > 0 ? head : Incipit.Of(div),
            Incipit = head.Length > 0 ? null : Incipit.Of(div),
            Date = DocumentDates.OfDivision(div),
            SourceTitle = volumeTitle,
            Summary = null,
            Attributes = Attributes(div),
        };
        var text = Text(context, div, "original", "");
        ledger.Add(context.Ledger);
        return new DocumentReading(Complete(Placed(view, place), [text], context), context.Mentions);
    }

    /// <summary>A page of a volume that is not a document: its own text, without the pages inside it.</summary>
    private static DocumentReading ReadPart(string teiFile, VolumePart part, string volumeTitle, ElementLedger ledger)
    {
        var context = new ReadingContext();
        var lang = part.Element.Lang() is { Length: > 0 } l ? l : "en";
        context.Ledger.Known(part.Element);
        var blocks = part.Own.SelectMany(new BlockReader(context, "").ReadNode).ToList();
        ledger.Add(context.Ledger);
        var view = new DocumentView
        {
            Id = part.Id,
            DivId = part.DivId,
            TeiFile = teiFile,
            Kind = "part",
            Title = part.DivId is null && part.Element.Name != TeiNames.N("div") ? "" : VolumeStructure.Title(part.Element),
            SourceTitle = volumeTitle,
        };
        return new DocumentReading(Complete(Placed(view, part.Place), [new TextView("original", lang, LanguageName(lang), blocks)], context), context.Mentions);
    }

    private static DocumentView Placed(DocumentView view, VolumePlace? place) => place is null ? view : view with
    {
        Matter = place.Matter,
        PartId = place.PartId,
        PartTitle = place.PartTitle,
        Position = place.Position,
    };

    /// <summary>An element's attributes but namespace declarations, named as the file writes them (prefix:name).</summary>
    private static List<KeyValuePair<string, string>> Attributes(XElement e) =>
        e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => KeyValuePair.Create(
            a.Name.Namespace == XNamespace.None ? a.Name.LocalName : (a.Name.Namespace == XNamespace.Xml ? "xml" : e.GetPrefixOfNamespace(a.Name.Namespace)) is { } prefix ? $"{prefix}:{a.Name.LocalName}" : a.Name.ToString(),
            a.Value)).ToList();

    private static TextView Text(ReadingContext context, XElement division, string role, string keyPrefix)
    {
        var lang = division.Lang() is { Length: > 0 } l ? l : "en";
        context.Ledger.Known(division);
        var blocks = division.Name == TeiNames.N("text") ? GroupedText(context, new BlockReader(context, keyPrefix), division) : new BlockReader(context, keyPrefix).Read(division);
        // A witness is named by its siglum too: two witnesses may share a language.
        var siglum = role == "witness" && division.Attr("n") is { Length: > 0 } n ? n : null;
        var name = siglum is not null ? $"{LanguageName(lang)} ({siglum})" : LanguageName(lang);
        return new TextView(role, lang, name, blocks) { Siglum = siglum };
    }

    /// <summary>A group's text with its body opened, so that the body's divisions align with their counterparts.</summary>
    private static List<BlockView> GroupedText(ReadingContext context, BlockReader reader, XElement text)
    {
        if (text.Element(TeiNames.N("body")) is { } body)
        {
            context.Ledger.Known(body);
        }

        return text.Nodes().SelectMany(n => n is XElement e && e.Name == TeiNames.N("body") ? reader.Read(e) : reader.ReadNode(n)).ToList();
    }

    private static DocumentView Complete(DocumentView view, List<TextView> texts, ReadingContext context) => view with
    {
        Texts = texts,
        Rows = RowAligner.Align(texts),
        Notes = context.Notes,
        Apparatus = context.Apparatus,
        PersonIds = context.Persons.ToList(),
        PlaceIds = context.Places.ToList(),
    };

    private static string LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
