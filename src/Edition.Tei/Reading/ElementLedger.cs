using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>How reading treated an element it met.</summary>
internal enum ElementTreatment
{
    /// <summary>Read by a rule that knows it.</summary>
    Known,

    /// <summary>Rendered generically: its text kept, in a span or block named after it.</summary>
    Generic,

    /// <summary>Left out on purpose (an index entry, kept hidden; a milestone).</summary>
    Omitted,
}

/// <summary>
/// The elements reading met and how it treated each, so that what it rendered generically or left out can be
/// reported (<see cref="ReadingReport"/>). One per document read, gathered into one per file.
/// </summary>
internal sealed class ElementLedger
{
    private readonly Dictionary<XElement, ElementTreatment> _marks = [];

    public ElementTreatment? this[XElement e] => _marks.TryGetValue(e, out var treatment) ? treatment : null;

    public IEnumerable<XElement> Marked => _marks.Keys;

    public void Known(XElement e) => _marks.TryAdd(e, ElementTreatment.Known);

    public void KnownAll(params IEnumerable<XElement?> elements)
    {
        foreach (var e in elements)
        {
            if (e is not null)
            {
                Known(e);
            }
        }
    }

    /// <summary>An element read whole by its rule (as text), with all it holds.</summary>
    public void KnownWithin(XElement e) => KnownAll(e.DescendantsAndSelf());

    public void Generic(XElement e) => _marks[e] = ElementTreatment.Generic;

    public void Omitted(XElement e) => _marks[e] = ElementTreatment.Omitted;

    /// <summary>Another document's marks (documents are read in parallel, each into its own ledger).</summary>
    public void Add(ElementLedger other)
    {
        lock (_marks)
        {
            foreach (var (e, treatment) in other._marks)
            {
                if (treatment != ElementTreatment.Known || !_marks.ContainsKey(e))
                {
                    _marks[e] = treatment;
                }
            }
        }
    }
}
