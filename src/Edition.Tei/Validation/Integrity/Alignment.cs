using System.Xml.Linq;
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

    public static AlignmentCoverage Check(TeiInstance instance, Dictionary<string, XElement> ids, DiagnosticBag diagnostics)
    {
        var divs = instance.Document.Descendants(Ns + "div").Where(IsParallel).ToList();
        if (divs.Count < 2)
        {
            return new AlignmentCoverage(instance.FileName, 0, 0);
        }

        int keyed = 0, aligned = 0, oneSided = 0;
        foreach (var div in divs)
        {
            var other = (string?)div.Attribute("type") switch { "original" => "translation", "translation" => "original", _ => "base text" };
            foreach (var block in div.Descendants().Where(e => e.Attribute(XmlId) is not null && !Unkeyed.Contains(e.Name.LocalName) && ParallelDivOf(e) == div))
            {
                if (block.Name == Ns + "gap")
                {
                    Counterparts(instance, ids, div, block, other, diagnostics); // a placeholder: checked, not counted
                    continue;
                }

                keyed++;
                var (reciprocal, toGap) = Counterparts(instance, ids, div, block, other, diagnostics);
                aligned += reciprocal ? 1 : 0;
                oneSided += reciprocal && toGap ? 1 : 0;
            }
        }

        return new AlignmentCoverage(instance.FileName, keyed, aligned, oneSided);
    }

    /// <summary>Whether every counterpart a block names points back; and whether one of them is a gap.</summary>
    private static (bool Reciprocal, bool ToGap) Counterparts(TeiInstance instance, Dictionary<string, XElement> ids, XElement div, XElement block, string other, DiagnosticBag diagnostics)
    {
        var id = (string)block.Attribute(XmlId)!;
        if ((string?)block.Attribute("corresp") is not { } corresp)
        {
            diagnostics.Add(Findings.At(instance, block, ValidationDiagnostics.MissingCounterpart, block.Name.LocalName, id, other));
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
            else if (ParallelDivOf(target) is not { } targetDiv || targetDiv == div)
            {
                diagnostics.Add(Findings.At(instance, block, ValidationDiagnostics.CorrespNotReciprocal, $"@corresp of <{block.Name.LocalName}> '{id}' points to '{token[1..]}', which is not in the {other}"));
                reciprocal = false;
            }
            else if (((string?)target.Attribute("corresp"))?.Split(' ').Contains("#" + id) != true)
            {
                diagnostics.Add(Findings.At(instance, block, ValidationDiagnostics.CorrespNotReciprocal, $"<{block.Name.LocalName}> '{id}' points to '{token[1..]}', but '{token[1..]}' does not point back ({((string?)target.Attribute("corresp") is { } back ? $"its @corresp is '{back}'" : "it has no @corresp")})"));
                reciprocal = false;
            }
            else
            {
                toGap |= target.Name == Ns + "gap";
            }
        }

        return (reciprocal, toGap);
    }

    private static bool IsParallel(XElement div) => (string?)div.Attribute("type") is "original" or "translation" or "witness";

    private static XElement? ParallelDivOf(XElement element) => element.Ancestors(Ns + "div").FirstOrDefault(IsParallel);
}
