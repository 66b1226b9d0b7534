using System.Xml.Linq;
using Edition.Core.Diagnostics;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// Referential integrity across the edition's TEI set, without an XPath engine: pointers resolve, ids are
/// unique, parallel texts are aligned both ways, dates are well-formed and ranges run forwards. Each file's
/// own facts (<see cref="Facts"/>) are gathered first, on every core; the cross-file checks read only those.
/// </summary>
public static class IntegrityChecker
{
    private static readonly string[] DateAttributes = ["when", "notBefore", "notAfter", "from", "to"];

    // @from/@to are page or line ranges or pointers on these elements (tei_all types them so), not dates.
    private static readonly HashSet<string> NotDatable = ["locus", "locusGrp", "span", "spanGrp", "citedRange", "biblScope", "fromTo", "move", "arc", "app", "rt"];

    public static IReadOnlyList<AlignmentCoverage> Check(IReadOnlyList<TeiInstance> edition, DiagnosticBag diagnostics)
    {
        var files = new FileIntegrity[edition.Count];
        Parallel.For(0, edition.Count, i => files[i] = Facts(edition[i]));
        return Check(files, diagnostics);
    }

    /// <summary>
    /// The cross-file checks (ids unique across the edition, pointers into other files), with each file's own
    /// findings. Authority lists and volumes keep ids of their own: the lists' are global by design, and every
    /// volume (FRUS) numbers its documents d1, d2, … (their pages are named by volume; pointers name the file).
    /// </summary>
    public static IReadOnlyList<AlignmentCoverage> Check(IReadOnlyList<FileIntegrity> files, DiagnosticBag diagnostics)
    {
        // Each file's ids with the name of the element that has each (@facs must name part of a page image).
        var ids = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ids.TryAdd(file.FileName, file.Ids.DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => i.Element, StringComparer.Ordinal));
            diagnostics.AddRange(file.Local);
        }

        var firstInEdition = new Dictionary<string, (FileIntegrity File, IdPlace Place)>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !f.IsAuthorityList && !f.IsVolume))
        {
            foreach (var place in file.Ids)
            {
                if (firstInEdition.TryGetValue(place.Id, out var other))
                {
                    diagnostics.Add(ValidationDiagnostics.DuplicateId.AtBoth(place.Primary, place.Secondary, $"xml:id '{place.Id}' is also used in {other.File.FileName} (line {other.Place.TeiLine}); ids must be unique across the edition"));
                }
                else
                {
                    firstInEdition[place.Id] = (file, place);
                }
            }
        }

        foreach (var pointer in files.SelectMany(f => f.Outbound))
        {
            if (!ids.TryGetValue(pointer.File, out var target))
            {
                diagnostics.Add(ValidationDiagnostics.UnknownFile.AtBoth(pointer.Primary, pointer.Secondary, pointer.Where, pointer.Token, pointer.File));
            }
            else if (FacsimilePointers.IsFacs(pointer))
            {
                if (FacsimilePointers.Check(pointer, target) is { } finding)
                {
                    diagnostics.Add(finding);
                }
            }
            else if (pointer.Fragment is { } fragment && !target.ContainsKey(fragment))
            {
                diagnostics.Add(ValidationDiagnostics.UnresolvedEditionPointer.AtBoth(pointer.Primary, pointer.Secondary, pointer.Where, pointer.Token, pointer.File, fragment));
            }
        }

        return files.Select(f => f.Coverage).Where(c => c.Keyed > 0).ToList();
    }

    /// <summary>One file's integrity facts, from its tree alone.</summary>
    public static FileIntegrity Facts(TeiInstance instance)
    {
        var local = new DiagnosticBag();
        var first = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var places = new List<IdPlace>();
        foreach (var e in DocumentElements.Of(instance.Document))
        {
            if ((string?)e.Attribute(XmlId) is not { } id)
            {
                continue;
            }

            if (first.TryAdd(id, e))
            {
                var (primary, secondary) = instance.Locate(e);
                places.Add(new IdPlace(id, e.Name.LocalName, primary, secondary, instance.TeiSpan(e).Line));
            }
            else
            {
                var earlier = first[id];
                local.Add(Findings.At(instance, e, ValidationDiagnostics.DuplicateId, $"xml:id '{id}' is used twice in {instance.FileName} (first on <{earlier.Name.LocalName}> at line {instance.TeiSpan(earlier).Line})"));
            }
        }

        var outbound = Pointers(instance, first, local);
        Dates(instance, local);
        var coverage = Alignment.Check(instance, first, local);
        if (coverage.Reported)
        {
            local.Add(Findings.At(instance, instance.Document.Root, ValidationDiagnostics.AlignmentCoverage, coverage.FileName, coverage.Matched, coverage.Claiming, coverage.Percent, coverage.OneSidedNote));
        }

        return new FileIntegrity(instance.FileName, instance.IsAuthorityList, instance.IsVolume, places, local.Sorted(), outbound, coverage);
    }

    /// <summary>Checks the file's local pointers; returns those into other files, for the cross-file check.</summary>
    private static List<OutboundPointer> Pointers(TeiInstance instance, Dictionary<string, XElement> ids, DiagnosticBag diagnostics)
    {
        var outbound = new List<OutboundPointer>();
        foreach (var (attribute, token) in Integrity.Pointers.In(instance.Document))
        {
            if (Integrity.Pointers.Parse(token) is not { } pointer)
            {
                continue;
            }

            if (pointer.File.Length == 0)
            {
                if (pointer.Fragment is { } facs && FacsimilePointers.IsFacs(attribute))
                {
                    FacsimilePointers.Check(instance, attribute, token, facs, ids, diagnostics);
                }
                else if (pointer.Fragment is { } local && !ids.ContainsKey(local))
                {
                    diagnostics.Add(Findings.At(instance, attribute, ValidationDiagnostics.UnresolvedLocalPointer, Where(attribute), token, instance.FileName, local));
                }
            }
            else
            {
                var (primary, secondary) = instance.Locate(attribute);
                outbound.Add(new OutboundPointer(pointer.File, pointer.Fragment, token, Where(attribute), primary, secondary));
            }
        }

        return outbound;
    }

    /// <summary>How a finding names a pointer's attribute (made only for a finding or an outbound pointer: most pointers resolve).</summary>
    private static string Where(XAttribute attribute) => $"@{attribute.Name.LocalName} of <{attribute.Parent!.Name.LocalName}>";

    private static void Dates(TeiInstance instance, DiagnosticBag diagnostics)
    {
        foreach (var element in DocumentElements.Of(instance.Document).Where(e => !NotDatable.Contains(e.Name.LocalName) && HasDateAttribute(e)))
        {
            var spans = new Dictionary<string, (DateTime? Start, DateTime? End)>(StringComparer.Ordinal);
            foreach (var attribute in DateAttributesOf(element))
            {
                if (W3CDate.Parse(attribute.Value.Trim()) is { } span)
                {
                    spans[attribute.Name.LocalName] = span;
                }
                else
                {
                    diagnostics.Add(Findings.At(instance, attribute, ValidationDiagnostics.MalformedDate, attribute.Name.LocalName, attribute.Value, element.Name.LocalName));
                }
            }

            Order(instance, element, spans, "notBefore", "notAfter", diagnostics);
            Order(instance, element, spans, "from", "to", diagnostics);
        }
    }

    /// <summary>Whether the element has a date attribute, asked of every element without an iterator for each.</summary>
    private static bool HasDateAttribute(XElement element)
    {
        for (var a = element.FirstAttribute; a is not null; a = a.NextAttribute)
        {
            if (IsDate(a))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<XAttribute> DateAttributesOf(XElement element) => element.Attributes().Where(IsDate);

    private static bool IsDate(XAttribute a) => a.Name.Namespace == XNamespace.None && DateAttributes.Contains(a.Name.LocalName);

    private static void Order(TeiInstance instance, XElement element, Dictionary<string, (DateTime? Start, DateTime? End)> spans, string first, string last, DiagnosticBag diagnostics)
    {
        if (spans.TryGetValue(first, out var a) && spans.TryGetValue(last, out var b) && a.Start is { } start && b.End is { } end && start > end)
        {
            diagnostics.Add(Findings.At(instance, element, ValidationDiagnostics.ImplausibleDateRange, element.Name.LocalName, first, (string?)element.Attribute(first), last, (string?)element.Attribute(last)));
        }
    }
}
