using Edition.Core.Diagnostics;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// Parallel texts: every keyed block (an element with an id, other than notes and apparatus) of an original,
/// translation or witness div points by <c>@corresp</c> to a block of each text it aligns with, which points back.
/// A <c>gap</c> with an id stands for a segment its text lacks on purpose: it is checked like a block, but not
/// counted; a block whose counterpart is such a gap is one-sided by intent.
/// </summary>
internal static class Alignment
{
    private static readonly HashSet<string> Unkeyed = ["note", "app", "lem", "rdg", "div", "anchor"];

    public static AlignmentCoverage Check(TeiInstance instance, MarkupOutline outline, Dictionary<string, int> ids, DiagnosticBag diagnostics)
    {
        var parallelDivOf = ParallelDivs(outline, out var divs);
        if (divs < 2)
        {
            return new AlignmentCoverage(instance.FileName, 0, 0);
        }

        // Each keyed block in its nearest parallel div (a block belongs to one text).
        int keyed = 0, aligned = 0, oneSided = 0;
        for (var block = 0; block < outline.Count; block++)
        {
            if (parallelDivOf[block] is not (>= 0 and var div) || outline.Attribute(block, XmlId) is null || Unkeyed.Contains(outline.Name(block).LocalName))
            {
                continue;
            }

            var other = outline.Attribute(div, "type") switch { "original" => "translation", "translation" => "original", _ => "base text" };
            var blockInText = new Block(block, div, other, parallelDivOf);
            if (outline.Name(block) == Ns + "gap")
            {
                Counterparts(instance, outline, ids, blockInText, diagnostics); // a placeholder: checked, not counted
                continue;
            }

            keyed++;
            var (reciprocal, toGap) = Counterparts(instance, outline, ids, blockInText, diagnostics);
            aligned += reciprocal ? 1 : 0;
            oneSided += reciprocal && toGap ? 1 : 0;
        }

        return new AlignmentCoverage(instance.FileName, keyed, aligned, oneSided);
    }

    /// <summary>Each element's nearest parallel div among its ancestors (-1 if none), and how many parallel divs there are.</summary>
    private static int[] ParallelDivs(MarkupOutline outline, out int count)
    {
        var of = new int[outline.Count];
        count = 0;
        for (var e = 0; e < outline.Count; e++)
        {
            var parent = outline.Parent(e);
            of[e] = parent < 0 ? -1 : IsParallel(outline, parent) ? parent : of[parent];
            count += IsParallel(outline, e) ? 1 : 0;
        }

        return of;
    }

    /// <summary>Whether every counterpart a block names points back; and whether one of them is a gap.</summary>
    private static (bool Reciprocal, bool ToGap) Counterparts(TeiInstance instance, MarkupOutline outline, Dictionary<string, int> ids, Block block, DiagnosticBag diagnostics)
    {
        var name = outline.Name(block.Element).LocalName;
        var id = outline.Attribute(block.Element, XmlId)!;
        if (outline.Attribute(block.Element, "corresp") is not { } corresp)
        {
            diagnostics.Add(Findings.At(instance, outline, block.Element, ValidationDiagnostics.MissingCounterpart, name, id, block.Other));
            return (false, false);
        }

        // Each text's block points to its counterpart in every text it aligns with (an original with two translations: two).
        var reciprocal = true;
        var toGap = false;
        foreach (var token in corresp.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.StartsWith('#') || !ids.TryGetValue(token[1..], out var target))
            {
                reciprocal = false; // unresolved pointers are reported once, by the pointer check
            }
            else if (block.ParallelDivOf[target] is var targetDiv && (targetDiv < 0 || targetDiv == block.Div))
            {
                diagnostics.Add(Findings.At(instance, outline, block.Element, ValidationDiagnostics.CorrespNotReciprocal, $"@corresp of <{name}> '{id}' points to '{token[1..]}', which is not in the {block.Other}"));
                reciprocal = false;
            }
            else if (outline.Attribute(target, "corresp")?.Split(' ').Contains("#" + id) != true)
            {
                diagnostics.Add(Findings.At(instance, outline, block.Element, ValidationDiagnostics.CorrespNotReciprocal, $"<{name}> '{id}' points to '{token[1..]}', but '{token[1..]}' does not point back ({(outline.Attribute(target, "corresp") is { } back ? $"its @corresp is '{back}'" : "it has no @corresp")})"));
                reciprocal = false;
            }
            else
            {
                toGap |= outline.Name(target) == Ns + "gap";
            }
        }

        return (reciprocal, toGap);
    }

    private static bool IsParallel(MarkupOutline outline, int element) =>
        outline.Name(element) == Ns + "div" && outline.Attribute(element, "type") is "original" or "translation" or "witness";

    /// <summary>A keyed block: its element, the parallel div it is in, what the other texts are called, and every element's parallel div.</summary>
    private readonly record struct Block(int Element, int Div, string Other, int[] ParallelDivOf);
}
