using System.Xml.Linq;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>Reads one TEI file: its documents, its anchors and, for a TEI-in volume, its front matter's persons and terms.</summary>
public static class TeiFileReader
{
    private static readonly IReadOnlyList<string> NoDivs = [];

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
    /// <remarks>A walk that carries each element's page divisions down to its children: looking them up through each
    /// element's ancestors cost a volume's depth for every element.</remarks>
    private static List<AnchorView> Anchors(XDocument tei, Func<XElement, bool> isPage)
    {
        var anchors = new List<AnchorView>();
        IReadOnlyList<string> previous = NoDivs;
        var outer = new Stack<IReadOnlyList<string>>();
        outer.Push(NoDivs);

        // Document order by first child, next sibling and parent: XNode.PreviousNode is linear, not constant.
        for (var e = tei.Root; e is not null; e = Next(e, outer, previous))
        {
            var divs = Same(PageDivs(e, outer.Peek(), isPage), previous);
            var id = (string?)e.Attribute(Encoding.Tei.XmlId);
            if (id is not null || !ReferenceEquals(divs, previous))
            {
                anchors.Add(new AnchorView(id, divs));
            }

            previous = divs;
        }

        return anchors;
    }

    /// <summary>The element after <paramref name="e"/> in document order, keeping <paramref name="outer"/> the page divisions its parent is in.</summary>
    private static XElement? Next(XElement e, Stack<IReadOnlyList<string>> outer, IReadOnlyList<string> divs)
    {
        if (FirstElement(e.FirstNode) is { } child)
        {
            outer.Push(divs);
            return child;
        }

        for (var at = e; at is not null; at = at.Parent, outer.Pop())
        {
            if (FirstElement(at.NextNode) is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The first element from <paramref name="node"/> on among its siblings (no iterator: this runs for every element).</summary>
    private static XElement? FirstElement(XNode? node)
    {
        while (node is not null and not XElement)
        {
            node = node.NextNode;
        }

        return node as XElement;
    }

    /// <summary>The ids of the page divisions an element is in or is, innermost first, given its parent's.</summary>
    private static IReadOnlyList<string> PageDivs(XElement e, IReadOnlyList<string> outer, Func<XElement, bool> isPage) =>
        e.Name.LocalName == "div" && isPage(e) && (string?)e.Attribute(Encoding.Tei.XmlId) is { } id ? [id, .. outer] : outer;

    /// <summary><paramref name="previous"/> itself when it names the same divisions, so that only changes make anchors.</summary>
    private static IReadOnlyList<string> Same(IReadOnlyList<string> divs, IReadOnlyList<string> previous) =>
        ReferenceEquals(divs, previous) || !divs.SequenceEqual(previous, StringComparer.Ordinal) ? divs : previous;
}
