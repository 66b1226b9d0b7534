using System.Xml.Linq;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads one TEI file: its documents, its anchors and, for a TEI-in volume, its front matter's persons and terms.</summary>
public static class TeiFileReader
{
    public static TeiFileReading Read(EncodedDocument file)
    {
        var volume = VolumeStructure.Of(file.FileName, file.Tei.Root!);
        Func<XElement, bool> isPage = volume is null ? VolumeStructure.IsDocument : volume.PageDivisions.Contains;
        var ledger = new ElementLedger();
        if (!file.IsPassThrough)
        {
            var (read, parts) = DocumentReader.ReadFile(file.FileName, file.Tei, volume, ledger);
            return new TeiFileReading(file.FileName, read, Anchors(file.Tei, isPage), [], []) { Parts = parts, Report = ReadingReporter.Report(file.Tei, ledger) };
        }

        // A volume's anchors and front matter are read while its documents are (the tree is only read).
        (IReadOnlyList<DocumentReading> Documents, IReadOnlyList<DocumentReading> Parts) pages = ([], []);
        List<AnchorView> anchors = [];
        IReadOnlyList<EntryView> persons = [];
        Parallel.Invoke(
            () => pages = DocumentReader.ReadFile(file.FileName, file.Tei, volume, ledger),
            () => anchors = Anchors(file.Tei, isPage),
            () => persons = FrusListReader.Persons(file.Tei));

        var byDivision = new Dictionary<string, (string Id, string Title)>(StringComparer.Ordinal);
        foreach (var d in pages.Documents)
        {
            byDivision.TryAdd(d.View.DivId ?? d.View.Id, (d.View.Id, d.View.Title));
        }

        return new TeiFileReading(file.FileName, pages.Documents, anchors, persons, FrusListReader.Terms(file.Tei, byDivision)) { Parts = pages.Parts, Report = ReadingReporter.Report(file.Tei, ledger) };
    }

    /// <summary>Every element with an xml:id, and every element where the enclosing pages (documents, a volume's parts) change, in document order.</summary>
    private static List<AnchorView> Anchors(XDocument tei, Func<XElement, bool> isPage)
    {
        var anchors = new List<AnchorView>();
        IReadOnlyList<string> previous = [];
        foreach (var e in tei.Descendants())
        {
            var id = (string?)e.Attribute(XNamespace.Xml + "id");
            var divs = PageDivs(e, previous, isPage);
            if (id is not null || !ReferenceEquals(divs, previous))
            {
                anchors.Add(new AnchorView(id, divs));
            }

            previous = divs;
        }

        return anchors;
    }

    /// <summary>The ids of the page divisions an element is in or is, innermost first; <paramref name="previous"/> itself when they are the same.</summary>
    private static IReadOnlyList<string> PageDivs(XElement e, IReadOnlyList<string> previous, Func<XElement, bool> isPage)
    {
        List<string>? divs = null;
        for (var a = e; a is not null; a = a.Parent)
        {
            if (a.Name.LocalName == "div" && isPage(a) && (string?)a.Attribute(XNamespace.Xml + "id") is { } id)
            {
                (divs ??= []).Add(id);
            }
        }

        return divs is null ? previous.Count == 0 ? previous : [] : divs.SequenceEqual(previous, StringComparer.Ordinal) ? previous : divs;
    }
}
