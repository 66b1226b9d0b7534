using System.Globalization;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Reads the documents a TEI file holds: one per file for Edition's own TEI (original and translation
/// divs), or one per <c>div[@type='document']</c> for collections such as FRUS volumes.
/// </summary>
public static class DocumentReader
{
    private static readonly XNamespace Frus = "http://history.state.gov/frus/ns/1.0";

    public static IReadOnlyList<DocumentReading> Read(string teiFile, XDocument tei)
    {
        var root = tei.Root!;
        var body = root.Descendants(TeiNames.N("body")).FirstOrDefault();
        var inner = body?.Descendants(TeiNames.N("div")).Where(d => d.Attr("type") == "document").ToList() ?? [];
        if (inner.Count > 0)
        {
            // A volume's documents are read on every core (the tree is only read); a handful are not worth it.
            var volumeName = inner.Count > 1 ? Path.GetFileNameWithoutExtension(teiFile) : null;
            return inner.Count < 16
                ? inner.Select(d => ReadInner(teiFile, root, d, volumeName)).ToList()
                : inner.AsParallel().AsOrdered().Select(d => ReadInner(teiFile, root, d, volumeName)).ToList();
        }

        return [ReadWhole(teiFile, root, body)];
    }

    private static DocumentReading ReadWhole(string teiFile, XElement root, XElement? body)
    {
        var context = new ReadingContext();
        var id = root.Descendants(TeiNames.N("idno")).FirstOrDefault(i => i.Attr("type") == "edition").Text() is { Length: > 0 } idno ? idno : Path.GetFileNameWithoutExtension(teiFile);
        var divs = body?.Elements(TeiNames.N("div")).Where(d => d.Attr("type") is "original" or "translation").ToList() ?? [];
        var texts = divs.Count > 0
            ? divs.Select(d => Text(context, d, d.Attr("type")!, $"{id}-{d.Lang()}-")).ToList()
            : body is null ? [] : [Text(context, body, "original", "")];
        var view = new DocumentView { Id = id, TeiFile = teiFile, Title = id };
        if (root.Element(TeiNames.N("teiHeader")) is { } header)
        {
            view = HeaderReader.Read(view, header);
        }

        return new DocumentReading(Complete(view, texts, context), context.Mentions);
    }

    /// <param name="volumeName">The file's name when it holds several documents: their ids are the volume's own (every FRUS volume has a d1).</param>
    private static DocumentReading ReadInner(string teiFile, XElement root, XElement div, string? volumeName)
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
        return new DocumentReading(Complete(view, [Text(context, div, "original", "")], context), context.Mentions);
    }

    private static TextView Text(ReadingContext context, XElement division, string role, string keyPrefix)
    {
        var lang = division.Lang() is { Length: > 0 } l ? l : "en";
        var blocks = new BlockReader(context, keyPrefix).Read(division);
        return new TextView(role, lang, LanguageName(lang), blocks);
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
