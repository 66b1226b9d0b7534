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
    private static readonly XNamespace Frus = "http://history.state.gov/frus/ns/1.0";

    /// <summary>The types of division that are one text of a parallel edition (EpiDoc's edition is the original).</summary>
    private static readonly Dictionary<string, string> ParallelRoles = new(StringComparer.Ordinal)
    {
        ["original"] = "original",
        ["edition"] = "original",
        ["translation"] = "translation",
        ["witness"] = "witness",
    };

    /// <param name="ledger">Gathers how each document's elements were read, for the file's <see cref="ReadingReport"/>.</param>
    internal static IReadOnlyList<DocumentReading> Read(string teiFile, XDocument tei, ElementLedger ledger)
    {
        var root = tei.Root!;
        if (root.Name == TeiNames.N("teiCorpus"))
        {
            var members = root.Descendants(TeiNames.N("TEI")).ToList();
            return members.Select((t, i) => ReadTei(teiFile, t, members.Count > 1 ? $"{Path.GetFileNameWithoutExtension(teiFile)}-{i + 1}" : null, ledger).Single()).ToList();
        }

        return ReadTei(teiFile, root, null, ledger);
    }

    private static IReadOnlyList<DocumentReading> ReadTei(string teiFile, XElement root, string? memberId, ElementLedger ledger)
    {
        var inner = memberId is null ? root.Element(TeiNames.N("text"))?.Descendants(TeiNames.N("div")).Where(d => d.Attr("type") == "document").ToList() ?? [] : [];
        if (inner.Count > 0)
        {
            // A volume's documents are read on every core (the tree is only read); a handful are not worth it.
            var volumeName = inner.Count > 1 ? Path.GetFileNameWithoutExtension(teiFile) : null;
            return inner.Count < 16
                ? inner.Select(d => ReadInner(teiFile, root, d, volumeName, ledger)).ToList()
                : inner.AsParallel().AsOrdered().Select(d => ReadInner(teiFile, root, d, volumeName, ledger)).ToList();
        }

        return [ReadWhole(teiFile, root, memberId, ledger)];
    }

    private static DocumentReading ReadWhole(string teiFile, XElement root, string? memberId, ElementLedger ledger)
    {
        var context = new ReadingContext();
        var id = root.Descendants(TeiNames.N("idno")).FirstOrDefault(i => i.Attr("type") == "edition").Text() is { Length: > 0 } idno ? idno : memberId ?? Path.GetFileNameWithoutExtension(teiFile);
        var text = root.Element(TeiNames.N("text"));
        var main = text?.Element(TeiNames.N("body")) ?? text?.Element(TeiNames.N("group")) ?? root.Element(TeiNames.N("sourceDoc"));
        var parallel = main?.Elements(TeiNames.N("div")).Where(d => ParallelRoles.ContainsKey(d.Attr("type") ?? "")).ToList() ?? [];
        if (parallel.Count > 0 && parallel.All(d => ParallelRoles[d.Attr("type")!] == "original"))
        {
            parallel = []; // an edition without a translation or witness is one text, its other divisions in their places
        }

        var texts = parallel.Count > 0
            ? parallel.Select(d => Text(context, d, ParallelRoles[d.Attr("type")!], $"{id}-{(d.Attr("type") == "witness" ? d.Attr("n") : null) ?? d.Lang()}-")).ToList()
            : main is null ? [] : [Text(context, main, "original", "")];
        var view = new DocumentView { Id = id, TeiFile = teiFile, Title = id };
        if (root.Element(TeiNames.N("teiHeader")) is { } header)
        {
            view = HeaderReader.Read(view, header);
        }

        var (front, back) = Matter(context, root, text, main, parallel);
        ledger.Add(context.Ledger);
        return new DocumentReading(Complete(view, texts, context) with { Front = front, Back = back }, context.Mentions);
    }

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

    /// <param name="volumeName">The file's name when it holds several documents: their ids are the volume's own (every FRUS volume has a d1).</param>
    private static DocumentReading ReadInner(string teiFile, XElement root, XElement div, string? volumeName, ElementLedger ledger)
    {
        var context = new ReadingContext();
        var divId = div.Id();
        var id = divId is null ? $"{Path.GetFileNameWithoutExtension(teiFile)}-{div.ElementsBeforeSelf().Count() + 1}"
            : volumeName is null ? divId : $"{volumeName}-{divId}";
        var head = div.Element(TeiNames.N("head"));
        var date = (string?)div.Attribute(Frus + "doc-dateTime-min") ?? div.Descendants(TeiNames.N("dateline")).Descendants(TeiNames.N("date")).FirstOrDefault()?.Attr("when");
        var volume = root.Descendants(TeiNames.N("titleStmt")).Elements(TeiNames.N("title")).FirstOrDefault().Text();
        var view = new DocumentView
        {
            Id = id,
            DivId = divId,
            TeiFile = teiFile,
            Title = head.Text() is { Length: > 0 } t ? t : id,
            Date = date is { Length: >= 10 } ? date[..10] : date,
            SourceTitle = volume,
            Summary = null,
        };
        var text = Text(context, div, "original", "");
        ledger.Add(context.Ledger);
        return new DocumentReading(Complete(view, [text], context), context.Mentions);
    }

    private static TextView Text(ReadingContext context, XElement division, string role, string keyPrefix)
    {
        var lang = division.Lang() is { Length: > 0 } l ? l : "en";
        context.Ledger.Known(division);
        var blocks = new BlockReader(context, keyPrefix).Read(division);
        // A witness is named by its siglum too: two witnesses may share a language.
        var name = role == "witness" && division.Attr("n") is { Length: > 0 } siglum ? $"{LanguageName(lang)} ({siglum})" : LanguageName(lang);
        return new TextView(role, lang, name, blocks);
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
