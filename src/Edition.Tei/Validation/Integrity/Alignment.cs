using System.Xml.Linq;
using Edition.Core.Diagnostics;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// Parallel texts: every keyed block (an element with an id, other than notes and apparatus) of an original
/// or translation div points by <c>@corresp</c> to a block of the other text, which points back.
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

        int keyed = 0, aligned = 0;
        foreach (var div in divs)
        {
            var other = (string?)div.Attribute("type") == "original" ? "translation" : "original";
            foreach (var block in div.Descendants().Where(e => e.Attribute(XmlId) is not null && !Unkeyed.Contains(e.Name.LocalName) && ParallelDivOf(e) == div))
            {
                keyed++;
                var id = (string)block.Attribute(XmlId)!;
                var corresp = (string?)block.Attribute("corresp");
                if (corresp is null)
                {
                    diagnostics.Add(Findings.At(instance, block, ValidationDiagnostics.MissingCounterpart, block.Name.LocalName, id, other));
                    continue;
                }

                // Each text's block points to its counterpart in every other text (an original with two translations: two).
                var reciprocal = true;
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
                }

                if (reciprocal)
                {
                    aligned++;
                }
            }
        }

        return new AlignmentCoverage(instance.FileName, keyed, aligned);
    }

    private static bool IsParallel(XElement div) => (string?)div.Attribute("type") is "original" or "translation";

    private static XElement? ParallelDivOf(XElement element) => element.Ancestors(Ns + "div").FirstOrDefault(IsParallel);
}
