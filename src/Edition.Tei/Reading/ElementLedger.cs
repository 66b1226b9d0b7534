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
/// <remarks>
/// Marks are appended while reading and resolved into one table only when the report asks: reading marks every
/// element it meets, and a table per document merged into a table per file cost a volume's read a fifth more.
/// </remarks>
internal sealed class ElementLedger
{
    private readonly List<(XElement Element, ElementTreatment Treatment)> _marks = [];
    private readonly List<ElementLedger> _gathered = [];

    public void Known(XElement e) => _marks.Add((e, ElementTreatment.Known));

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

    public void Generic(XElement e) => _marks.Add((e, ElementTreatment.Generic));

    public void Omitted(XElement e) => _marks.Add((e, ElementTreatment.Omitted));

    /// <summary>Another document's marks (documents are read in parallel, each into its own ledger).</summary>
    public void Add(ElementLedger other)
    {
        lock (_gathered)
        {
            _gathered.Add(other);
        }
    }

    /// <summary>
    /// Each marked element's treatment: generic or left out where any reading said so (a later such mark wins),
    /// else known.
    /// </summary>
    public Dictionary<XElement, ElementTreatment> Resolve()
    {
        var ledgers = Flattened();
        var treatments = new Dictionary<XElement, ElementTreatment>(ledgers.Sum(l => l._marks.Count));
        foreach (var ledger in ledgers)
        {
            foreach (var (e, treatment) in ledger._marks)
            {
                if (treatment != ElementTreatment.Known)
                {
                    treatments[e] = treatment;
                }
                else
                {
                    treatments.TryAdd(e, treatment);
                }
            }
        }

        return treatments;
    }

    private List<ElementLedger> Flattened()
    {
        List<ElementLedger> all = [this];
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(all[i]._gathered);
        }

        return all;
    }
}
