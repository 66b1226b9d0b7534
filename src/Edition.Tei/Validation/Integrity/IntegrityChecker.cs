using System.Xml.Linq;
using Edition.Core.Diagnostics;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// Referential integrity across the edition's TEI set, without an XPath engine: pointers resolve, ids are
/// unique, parallel texts are aligned both ways, dates are well-formed and ranges run forwards.
/// </summary>
public static class IntegrityChecker
{
    private static readonly string[] DateAttributes = ["when", "notBefore", "notAfter", "from", "to"];

    // @from/@to are also page or line ranges on these elements, not dates.
    private static readonly HashSet<string> NotDatable = ["locus", "locusGrp", "span", "spanGrp", "citedRange", "biblScope", "fromTo", "move", "arc"];

    public static IReadOnlyList<AlignmentCoverage> Check(IReadOnlyList<TeiInstance> edition, DiagnosticBag diagnostics)
    {
        // One walk per file, on every core, collects its ids (the first element of each) and its repeats.
        var files = new FileIds[edition.Count];
        Parallel.For(0, edition.Count, i => files[i] = FileIds.Of(edition[i]));
        var ids = edition.Select((instance, i) => (instance.FileName, files[i].First)).ToDictionary(f => f.FileName, f => f.First, StringComparer.Ordinal);
        DuplicateIds(edition, files, diagnostics);
        var coverage = new AlignmentCoverage[edition.Count];
        Parallel.For(0, edition.Count, i =>
        {
            var instance = edition[i];
            ResolvePointers(instance, ids, diagnostics);
            Dates(instance, diagnostics);
            coverage[i] = Alignment.Check(instance, ids[instance.FileName], diagnostics);
        });
        return coverage.Where(c => c.Keyed > 0).ToList();
    }

    /// <summary>A file's ids in document order (each with its first element), and every later element repeating one.</summary>
    private sealed record FileIds(Dictionary<string, XElement> First, List<(string Id, XElement Element)> Repeats)
    {
        public static FileIds Of(TeiInstance instance)
        {
            var first = new Dictionary<string, XElement>(StringComparer.Ordinal);
            var repeats = new List<(string, XElement)>();
            foreach (var e in instance.Document.Descendants())
            {
                if ((string?)e.Attribute(XmlId) is { } id && !first.TryAdd(id, e))
                {
                    repeats.Add((id, e));
                }
            }

            return new FileIds(first, repeats);
        }
    }

    private static void DuplicateIds(IReadOnlyList<TeiInstance> edition, FileIds[] files, DiagnosticBag diagnostics)
    {
        var firstInEdition = new Dictionary<string, (TeiInstance Instance, XElement Element)>(StringComparer.Ordinal);
        for (var i = 0; i < edition.Count; i++)
        {
            var instance = edition[i];
            foreach (var (id, element) in files[i].Repeats)
            {
                var first = files[i].First[id];
                diagnostics.Add(Findings.At(instance, element, Severity.Error, ValidationCodes.DuplicateId, $"xml:id '{id}' is used twice in {instance.FileName} (first on <{first.Name.LocalName}> at line {instance.TeiSpan(first).Line})"));
            }

            if (instance.IsAuthorityList)
            {
                continue;
            }

            // Dictionary order is insertion order here (nothing is removed): ids in document order.
            foreach (var (id, element) in files[i].First)
            {
                if (firstInEdition.TryGetValue(id, out var other))
                {
                    diagnostics.Add(Findings.At(instance, element, Severity.Error, ValidationCodes.DuplicateId, $"xml:id '{id}' is also used in {other.Instance.FileName} (line {other.Instance.TeiSpan(other.Element).Line}); ids must be unique across the edition"));
                }
                else
                {
                    firstInEdition[id] = (instance, element);
                }
            }
        }
    }

    private static void ResolvePointers(TeiInstance instance, Dictionary<string, Dictionary<string, XElement>> ids, DiagnosticBag diagnostics)
    {
        foreach (var (attribute, token) in Pointers.In(instance.Document))
        {
            if (Pointers.Parse(token) is not { } pointer)
            {
                continue;
            }

            var where = $"@{attribute.Name.LocalName} of <{attribute.Parent!.Name.LocalName}>";
            if (pointer.File.Length == 0)
            {
                if (pointer.Fragment is { } local && !ids[instance.FileName].ContainsKey(local))
                {
                    diagnostics.Add(Findings.At(instance, attribute, Severity.Error, ValidationCodes.UnresolvedLocalPointer, $"{where} points to '{token}', but no element of {instance.FileName} has xml:id '{local}'"));
                }
            }
            else if (!ids.TryGetValue(pointer.File, out var target))
            {
                diagnostics.Add(Findings.At(instance, attribute, Severity.Error, ValidationCodes.UnknownFile, $"{where} points to '{token}', but '{pointer.File}' is not a file of this edition"));
            }
            else if (pointer.Fragment is { } fragment && !target.ContainsKey(fragment))
            {
                diagnostics.Add(Findings.At(instance, attribute, Severity.Error, ValidationCodes.UnresolvedEditionPointer, $"{where} points to '{token}', but {pointer.File} has no xml:id '{fragment}'"));
            }
        }
    }

    private static void Dates(TeiInstance instance, DiagnosticBag diagnostics)
    {
        foreach (var element in instance.Document.Descendants().Where(e => !NotDatable.Contains(e.Name.LocalName) && e.Attributes().Any(a => DateAttributes.Contains(a.Name.LocalName))))
        {
            var spans = new Dictionary<string, (DateTime? Start, DateTime? End)>(StringComparer.Ordinal);
            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == XNamespace.None && DateAttributes.Contains(a.Name.LocalName)))
            {
                if (W3CDate.Parse(attribute.Value.Trim()) is { } span)
                {
                    spans[attribute.Name.LocalName] = span;
                }
                else
                {
                    diagnostics.Add(Findings.At(instance, attribute, Severity.Error, ValidationCodes.MalformedDate, $"@{attribute.Name.LocalName}='{attribute.Value}' on <{element.Name.LocalName}> is not a W3C date (YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss)"));
                }
            }

            Order(instance, element, spans, "notBefore", "notAfter", diagnostics);
            Order(instance, element, spans, "from", "to", diagnostics);
        }
    }

    private static void Order(TeiInstance instance, XElement element, Dictionary<string, (DateTime? Start, DateTime? End)> spans, string first, string last, DiagnosticBag diagnostics)
    {
        if (spans.TryGetValue(first, out var a) && spans.TryGetValue(last, out var b) && a.Start is { } start && b.End is { } end && start > end)
        {
            diagnostics.Add(Findings.At(instance, element, Severity.Error, ValidationCodes.ImplausibleDateRange, $"<{element.Name.LocalName}> @{first}='{(string?)element.Attribute(first)}' is after @{last}='{(string?)element.Attribute(last)}'"));
        }
    }
}
