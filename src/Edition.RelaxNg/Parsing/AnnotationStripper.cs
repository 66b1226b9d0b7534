using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Parsing;

/// <summary>
/// Spec 4.1 and 4.2: removes foreign elements and whitespace-only text, trims <c>name</c>, <c>type</c> and
/// <c>combine</c>; reports text where RELAX NG allows none. Foreign attributes stay (later steps ignore them).
/// </summary>
internal static class AnnotationStripper
{
    private const int MaxDepth = 2000;

    public static void Strip(XElement root, SchemaErrors errors)
    {
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                errors.Report(RelaxNgErrorCodes.SchemaSyntax, e, $"schema nested deeper than {MaxDepth} elements");
                return;
            }

            TrimAttributes(e);
            var keepsText = Rng.Local(e) is "value" or "param" or "name";
            // Rebuild the child list in one go: XNode.Remove walks the siblings, so removing one by one is quadratic.
            var kept = new List<XNode>();
            var changed = false;
            foreach (var node in e.Nodes())
            {
                switch (node)
                {
                    case XElement child when child.Name.NamespaceName != Rng.Namespace:
                        if (keepsText)
                        {
                            errors.Report(RelaxNgErrorCodes.SchemaSyntax, child, $"'{Rng.Local(e)}' may only contain text, not elements");
                        }

                        changed = true;
                        break;
                    case XElement child:
                        kept.Add(child);
                        stack.Push((child, depth + 1));
                        break;
                    case XText text when !keepsText:
                        if (!Whitespace.IsAllSpace(text.Value))
                        {
                            errors.Report(RelaxNgErrorCodes.SchemaSyntax, e, $"text is not allowed in '{Rng.Local(e)}'");
                        }

                        changed = true;
                        break;
                    case XText:
                        kept.Add(node);
                        break;
                    default:
                        changed = true;
                        break;
                }
            }

            if (changed)
            {
                e.RemoveNodes();
                e.Add(kept);
            }

            if (Rng.Local(e) == "name" && e.Nodes().Any())
            {
                e.Value = e.Value.Trim(' ', '\t', '\n', '\r');
            }
        }
    }

    private static void TrimAttributes(XElement e)
    {
        foreach (var name in (string[])["name", "type", "combine"])
        {
            if (e.Attribute(name) is { } a)
            {
                a.Value = a.Value.Trim(' ', '\t', '\n', '\r');
            }
        }
    }
}
