using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Tei.Encoding;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// Referential integrity across the edition's TEI set, without an XPath engine: pointers resolve, ids are
/// unique, parallel texts are aligned both ways, dates are well-formed and ranges run forwards. Each file's
/// own facts (<see cref="Facts"/>) are gathered first, on every core; the cross-file checks read only those.
/// </summary>
public static class IntegrityChecker
{
    internal static readonly string[] DateAttributes = ["when", "notBefore", "notAfter", "from", "to"];

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

    /// <summary>One file's integrity facts, from its markup alone (see <see cref="MarkupOutline"/>).</summary>
    public static FileIntegrity Facts(TeiInstance instance)
    {
        var outline = instance.Outline;
        var local = new DiagnosticBag();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new List<IdPlace>();
        for (var e = 0; e < outline.Count; e++)
        {
            if (outline.Attribute(e, XmlId) is not { } id)
            {
                continue;
            }

            if (first.TryAdd(id, e))
            {
                var (primary, secondary) = instance.Locate(outline, e);
                places.Add(new IdPlace(id, outline.Name(e).LocalName, primary, secondary, outline.Line(e)));
            }
            else
            {
                var earlier = first[id];
                local.Add(Findings.At(instance, outline, e, ValidationDiagnostics.DuplicateId, $"xml:id '{id}' is used twice in {instance.FileName} (first on <{outline.Name(earlier).LocalName}> at line {outline.Line(earlier)})"));
            }
        }

        var outbound = Pointers(instance, outline, first, local);
        Dates(instance, outline, local);
        var coverage = Alignment.Check(instance, outline, first, local);
        if (coverage.Reported)
        {
            local.Add(Findings.At(instance, outline, 0, ValidationDiagnostics.AlignmentCoverage, coverage.FileName, coverage.Matched, coverage.Claiming, coverage.Percent, coverage.OneSidedNote));
        }

        return new FileIntegrity(instance.FileName, IsAuthorityList(instance.FileName, outline), IsVolume(outline), places, local.Sorted(), outbound, coverage);
    }

    /// <summary>Checks the file's local pointers; returns those into other files, for the cross-file check.</summary>
    private static List<OutboundPointer> Pointers(TeiInstance instance, MarkupOutline outline, Dictionary<string, int> ids, DiagnosticBag diagnostics)
    {
        var outbound = new List<OutboundPointer>();
        for (var e = 0; e < outline.Count; e++)
        {
            foreach (var attribute in outline.Attributes(e))
            {
                if (attribute.Name.Namespace != XNamespace.None || !Integrity.Pointers.Attributes.Contains(attribute.Name.LocalName))
                {
                    continue;
                }

                foreach (var token in attribute.Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                {
                    Pointer(instance, outline, e, attribute.Name, token, ids, diagnostics, outbound);
                }
            }
        }

        return outbound;
    }

    private static void Pointer(TeiInstance instance, MarkupOutline outline, int element, XName attribute, string token, Dictionary<string, int> ids, DiagnosticBag diagnostics, List<OutboundPointer> outbound)
    {
        if (Integrity.Pointers.Parse(token) is not { } pointer)
        {
            return;
        }

        if (pointer.File.Length == 0)
        {
            if (pointer.Fragment is { } facs && FacsimilePointers.IsFacs(attribute))
            {
                FacsimilePointers.Check(instance, outline, element, token, facs, ids, diagnostics);
            }
            else if (pointer.Fragment is { } local && !ids.ContainsKey(local))
            {
                diagnostics.Add(Findings.At(instance, outline, element, ValidationDiagnostics.UnresolvedLocalPointer, Where(outline, element, attribute), token, instance.FileName, local));
            }
        }
        else
        {
            var (primary, secondary) = instance.Locate(outline, element);
            outbound.Add(new OutboundPointer(pointer.File, pointer.Fragment, token, Where(outline, element, attribute), primary, secondary));
        }
    }

    /// <summary>How a finding names a pointer's attribute (made only for a finding or an outbound pointer: most pointers resolve).</summary>
    private static string Where(MarkupOutline outline, int element, XName attribute) => $"@{attribute.LocalName} of <{outline.Name(element).LocalName}>";

    private static void Dates(TeiInstance instance, MarkupOutline outline, DiagnosticBag diagnostics)
    {
        for (var e = 0; e < outline.Count; e++)
        {
            if (NotDatable.Contains(outline.Name(e).LocalName))
            {
                continue;
            }

            Dictionary<string, (DateTime? Start, DateTime? End)>? spans = null;
            foreach (var attribute in outline.Attributes(e))
            {
                if (!IsDate(attribute.Name))
                {
                    continue;
                }

                spans ??= new Dictionary<string, (DateTime? Start, DateTime? End)>(StringComparer.Ordinal);
                if (W3CDate.Parse(attribute.Value.Trim()) is { } span)
                {
                    spans[attribute.Name.LocalName] = span;
                }
                else
                {
                    diagnostics.Add(Findings.At(instance, outline, e, ValidationDiagnostics.MalformedDate, attribute.Name.LocalName, attribute.Value, outline.Name(e).LocalName));
                }
            }

            if (spans is not null)
            {
                Order(instance, outline, e, spans, "notBefore", "notAfter", diagnostics);
                Order(instance, outline, e, spans, "from", "to", diagnostics);
            }
        }
    }

    private static bool IsDate(XName name) => name.Namespace == XNamespace.None && DateAttributes.Contains(name.LocalName);

    /// <summary>The edition's authority lists (persons.xml, places.xml), and any file of a standOff and no text: their ids are global by design.</summary>
    private static bool IsAuthorityList(string fileName, MarkupOutline outline) =>
        fileName is TeiIds.PersonsFile or TeiIds.PlacesFile || (RootChild(outline, Ns + "standOff") >= 0 && RootChild(outline, Ns + "text") < 0);

    /// <summary>A volume: a TEI file of several <c>div[@type='document']</c> in its text (FRUS), whose ids are its own.</summary>
    private static bool IsVolume(MarkupOutline outline)
    {
        var text = RootChild(outline, Ns + "text");
        var documents = 0;
        for (var e = text + 1; text >= 0 && e < outline.Count && documents < 2; e++)
        {
            documents += outline.Name(e) == Ns + "div" && outline.Attribute(e, "type") == "document" && Within(outline, e, text) ? 1 : 0;
        }

        return documents >= 2;
    }

    /// <summary>The root's first child of that name, or -1.</summary>
    private static int RootChild(MarkupOutline outline, XName name)
    {
        for (var e = 1; e < outline.Count; e++)
        {
            if (outline.Parent(e) == 0 && outline.Name(e) == name)
            {
                return e;
            }
        }

        return -1;
    }

    private static bool Within(MarkupOutline outline, int element, int ancestor)
    {
        for (var p = outline.Parent(element); p >= 0; p = outline.Parent(p))
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static void Order(TeiInstance instance, MarkupOutline outline, int element, Dictionary<string, (DateTime? Start, DateTime? End)> spans, string first, string last, DiagnosticBag diagnostics)
    {
        if (spans.TryGetValue(first, out var a) && spans.TryGetValue(last, out var b) && a.Start is { } start && b.End is { } end && start > end)
        {
            diagnostics.Add(Findings.At(instance, outline, element, ValidationDiagnostics.ImplausibleDateRange, outline.Name(element).LocalName, first, outline.Attribute(element, first), last, outline.Attribute(element, last)));
        }
    }
}
