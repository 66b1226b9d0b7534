using System.Xml;
using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// Walks a file's texts (each <c>text</c> and <c>sourceDoc</c> of a <c>TEI</c>) after reading, and counts what the
/// reader rendered generically or left out. An element reading never met is left out, with all it holds, unless it
/// only frames what was read (a volume's chapter division around its documents): then it counts only if its own
/// text is lost. So nothing of a text disappears unannounced.
/// </summary>
internal static class ReadingReporter
{
    public static ReadingReport Report(XDocument tei, ElementLedger ledger)
    {
        if (tei.Root is not { } root)
        {
            return ReadingReport.Empty;
        }

        var tally = new Tally(ledger.Resolve());
        foreach (var scope in root.DescendantsAndSelf(TeiNames.N("TEI")).Elements().Where(e => e.Name == TeiNames.N("text") || e.Name == TeiNames.N("sourceDoc")))
        {
            tally.Walk(scope);
        }

        return tally.IsEmpty ? ReadingReport.Empty : new ReadingReport(tally.Generic.Counts(), tally.Omitted.Counts());
    }

    private sealed class Tally(Dictionary<XElement, ElementTreatment> treatments)
    {
        public Counter Generic { get; } = new();

        public Counter Omitted { get; } = new();

        public bool IsEmpty => Generic.IsEmpty && Omitted.IsEmpty;

        public void Walk(XElement e)
        {
            switch (treatments.TryGetValue(e, out var treatment) ? treatment : null as ElementTreatment?)
            {
                case ElementTreatment.Omitted:
                    Omitted.Add(e);
                    return;
                case ElementTreatment.Generic:
                    Generic.Add(e);
                    break;
                case null when !HoldsRead(e):
                    Omitted.Add(e);
                    return;
                case null when e.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)):
                    Omitted.Add(e);
                    break;
            }

            for (var child = e.FirstNode; child is not null; child = child.NextNode)
            {
                if (child is XElement element)
                {
                    Walk(element);
                }
            }
        }

        /// <summary>Whether an element frames what was read: it holds a marked element, whether or not it was read itself.</summary>
        /// <remarks>Asked only of unmarked elements, which are few: a volume's framing divisions (where a marked
        /// element comes early) and what was left out (walked no further).</remarks>
        private bool HoldsRead(XElement e) => e.Descendants().Any(treatments.ContainsKey);
    }

    private sealed class Counter
    {
        private static readonly Dictionary<string, string> UsualPrefixes = new(StringComparer.Ordinal)
        {
            ["http://www.tei-c.org/ns/Examples"] = "eg",
            ["http://www.w3.org/1998/Math/MathML"] = "mml",
            ["http://www.w3.org/2000/svg"] = "svg",
            ["http://www.w3.org/2001/XInclude"] = "xi",
            ["http://www.w3.org/1999/XSL/Transform"] = "xsl",
        };

        private readonly Dictionary<string, (int Count, int Line, int Column, int Order)> _names = new(StringComparer.Ordinal);

        public bool IsEmpty => _names.Count == 0;

        public void Add(XElement e)
        {
            var name = Name(e);
            if (_names.TryGetValue(name, out var known))
            {
                _names[name] = known with { Count = known.Count + 1 };
                return;
            }

            var at = (IXmlLineInfo)e;
            _names[name] = (1, at.LineNumber, at.LinePosition, _names.Count);
        }

        /// <summary>Most frequent first; of equal counts, the first met first.</summary>
        public List<ElementCount> Counts() => _names
            .OrderByDescending(n => n.Value.Count).ThenBy(n => n.Value.Order)
            .Select(n => new ElementCount(n.Key, n.Value.Count, n.Value.Line, n.Value.Column)).ToList();

        /// <summary>A TEI element by its name; another vocabulary's with its prefix, its usual one if it is the default namespace there, or its namespace.</summary>
        private static string Name(XElement e) =>
            e.Name.Namespace == Encoding.Tei.Ns || e.Name.NamespaceName.Length == 0 ? e.Name.LocalName
            : (e.GetPrefixOfNamespace(e.Name.Namespace) ?? UsualPrefixes.GetValueOrDefault(e.Name.NamespaceName)) is { Length: > 0 } prefix ? $"{prefix}:{e.Name.LocalName}"
            : $"{{{e.Name.NamespaceName}}}{e.Name.LocalName}";

    }
}
