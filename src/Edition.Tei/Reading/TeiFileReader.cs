using System.Xml.Linq;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Reads one TEI file: its documents, its anchors, the report of what its texts hold that was rendered generically
/// or left out and, for a TEI-in volume, its front matter's persons and terms.
/// </summary>
public static class TeiFileReader
{
    public static TeiFileReading Read(EncodedDocument file)
    {
        var ledger = new ElementLedger();
        if (!file.IsPassThrough)
        {
            var read = DocumentReader.Read(file.FileName, file.Tei, ledger);
            return new TeiFileReading(file.FileName, read, Anchors(file.Tei), [], []) { Report = ReadingReporter.Report(file.Tei, ledger) };
        }

        // A volume's anchors and front matter are read while its documents are (the tree is only read).
        IReadOnlyList<DocumentReading> documents = [];
        List<AnchorView> anchors = [];
        IReadOnlyList<EntryView> persons = [];
        Parallel.Invoke(
            () => documents = DocumentReader.Read(file.FileName, file.Tei, ledger),
            () => anchors = Anchors(file.Tei),
            () => persons = FrusListReader.Persons(file.Tei));

        var byDivision = new Dictionary<string, (string Id, string Title)>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            byDivision.TryAdd(d.View.DivId ?? d.View.Id, (d.View.Id, d.View.Title));
        }

        return new TeiFileReading(file.FileName, documents, anchors, persons, FrusListReader.Terms(file.Tei, byDivision)) { Report = ReadingReporter.Report(file.Tei, ledger) };
    }

    /// <summary>Every element with an xml:id, and every element where the enclosing documents change, in document order.</summary>
    private static List<AnchorView> Anchors(XDocument tei)
    {
        var anchors = new List<AnchorView>();
        IReadOnlyList<string> previous = [];
        foreach (var e in tei.Descendants())
        {
            var id = (string?)e.Attribute(XNamespace.Xml + "id");
            var divs = DocumentDivs(e, previous);
            if (id is not null || !ReferenceEquals(divs, previous))
            {
                anchors.Add(new AnchorView(id, divs));
            }

            previous = divs;
        }

        return anchors;
    }

    /// <summary>The ids of the document divs an element is in or is, innermost first; <paramref name="previous"/> itself when they are the same.</summary>
    private static IReadOnlyList<string> DocumentDivs(XElement e, IReadOnlyList<string> previous)
    {
        List<string>? divs = null;
        for (var a = e; a is not null; a = a.Parent)
        {
            if (a.Name.LocalName == "div" && (string?)a.Attribute("type") == "document" && (string?)a.Attribute(XNamespace.Xml + "id") is { } id)
            {
                (divs ??= []).Add(id);
            }
        }

        return divs is null ? previous.Count == 0 ? previous : [] : divs.SequenceEqual(previous, StringComparer.Ordinal) ? previous : divs;
    }
}
