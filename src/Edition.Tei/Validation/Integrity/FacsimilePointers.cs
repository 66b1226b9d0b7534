using System.Xml.Linq;
using Edition.Core.Diagnostics;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// <c>@facs="#id"</c> (a page break's image, a segment's zone) must name a part of a page image: a surface, zone,
/// graphic or group of surfaces, which holds an image to show. Pointers of other attributes are judged by
/// <see cref="IntegrityChecker"/>; a pointer to an image file (<c>facs="page1.jpg"</c>) is the image's own check.
/// </summary>
internal static class FacsimilePointers
{
    public static readonly HashSet<string> Targets = ["surface", "zone", "graphic", "surfaceGrp"];

    public static bool IsFacs(XName attribute) => attribute.LocalName == "facs";

    /// <summary>Whether an outbound pointer (see <see cref="OutboundPointer.Where"/>) is an @facs.</summary>
    public static bool IsFacs(OutboundPointer pointer) => pointer.Where.StartsWith("@facs ", StringComparison.Ordinal);

    /// <summary>A local <c>@facs</c> pointer's findings: it names nothing, or no part of a page image, or a surface without one.</summary>
    public static void Check(TeiInstance instance, MarkupOutline outline, int element, string token, string fragment, IReadOnlyDictionary<string, int> ids, DiagnosticBag diagnostics)
    {
        var owner = outline.Name(element).LocalName;
        if (!ids.TryGetValue(fragment, out var target))
        {
            diagnostics.Add(owner == "pb"
                ? Findings.At(instance, outline, element, ValidationDiagnostics.PageBreakImageNotFound, token, instance.FileName, fragment)
                : Findings.At(instance, outline, element, ValidationDiagnostics.SegmentZoneNotFound, owner, token, instance.FileName, fragment));
        }
        else if (outline.Name(target).Namespace != Ns || !Targets.Contains(outline.Name(target).LocalName))
        {
            diagnostics.Add(Findings.At(instance, outline, element, ValidationDiagnostics.FacsNotAnImage, owner, token, outline.Name(target).LocalName));
        }
        else if (SurfaceOf(outline, target) is { } surface && !outline.HasImage(surface))
        {
            diagnostics.Add(Findings.At(instance, outline, element, ValidationDiagnostics.FacsSurfaceWithoutImage, owner, token));
        }
    }

    /// <summary>The cross-file finding of an @facs into another file, or null when it names a part of a page image there.</summary>
    public static Diagnostic? Check(OutboundPointer pointer, IReadOnlyDictionary<string, string> elementsById)
    {
        if (pointer.Fragment is not { } fragment || (elementsById.TryGetValue(fragment, out var element) && Targets.Contains(element)))
        {
            return null;
        }

        var owner = pointer.Where[(pointer.Where.IndexOf('<', StringComparison.Ordinal) + 1)..^1];
        var what = element is null ? $"no element with xml:id '{fragment}'" : $"a <{element}> there, not a surface, zone or graphic";
        return ValidationDiagnostics.FacsIntoAnotherFileNotFound.AtBoth(pointer.Primary, pointer.Secondary, owner, pointer.Token, pointer.File, what);
    }

    /// <summary>The surface a surface or zone belongs to (a zone may sit in a zone); null for a graphic or a group.</summary>
    private static int? SurfaceOf(MarkupOutline outline, int target)
    {
        if (outline.Name(target).LocalName is not ("surface" or "zone"))
        {
            return null;
        }

        for (var e = target; e >= 0; e = outline.Parent(e))
        {
            if (outline.Name(e) == Ns + "surface")
            {
                return e;
            }
        }

        return null;
    }
}
