using System.Xml.Linq;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Spec 4.9 (ns inheritance), 4.11 (div), 4.12 (number of children), 4.13 (mixed), 4.14 (optional) and
/// 4.15 (zeroOrMore), on the merged schema tree.
/// </summary>
internal static class StructureRules
{
    public static XElement Apply(XElement root)
    {
        InheritNs(root);
        RemoveDivs(root);
        return Normalise(root);
    }

    private static void InheritNs(XElement root)
    {
        var stack = new Stack<(XElement, string)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (e, inherited) = stack.Pop();
            var ns = e.Attribute("ns")?.Value ?? inherited;
            if (Rng.Local(e) is "name" or "nsName" or "value")
            {
                e.SetAttributeValue("ns", ns);
                if (e.Annotation<NamespaceContext>() is { } context)
                {
                    context.DefaultNamespace = ns;
                }
            }
            else
            {
                e.Attribute("ns")?.Remove();
            }

            foreach (var child in e.Elements())
            {
                stack.Push((child, ns));
            }
        }
    }

    private static void RemoveDivs(XElement root)
    {
        foreach (var div in root.Descendants(Rng.Name("div")).ToList())
        {
            var content = div.Nodes().ToList();
            div.RemoveNodes();
            div.ReplaceWith(content);
        }
    }

    /// <summary>Normalises children first, then the element itself; returns what replaces it.</summary>
    private static XElement Normalise(XElement e)
    {
        foreach (var child in e.Elements().ToList())
        {
            Normalise(child);
        }

        var kids = e.Elements().ToList();
        switch (Rng.Local(e))
        {
            case "define" or "oneOrMore" or "zeroOrMore" or "optional" or "list" or "mixed" when kids.Count > 1:
                Wrap(e, kids, "group");
                break;
            case "element" when kids.Count > 2:
                Wrap(e, kids.Skip(1).ToList(), "group");
                break;
            case "except" when kids.Count > 1:
                Wrap(e, kids, "choice");
                break;
            case "attribute" when kids.Count == 1:
                e.Add(new XElement(Rng.Name("text")));
                break;
            case "choice" or "group" or "interleave" when kids.Count == 1:
                kids[0].Remove();
                return Replace(e, kids[0]);
            case "choice" or "group" or "interleave" when kids.Count > 2:
                e.RemoveNodes();
                e.Add(Nest(Rng.Local(e), kids.Take(kids.Count - 1).ToList()), kids[^1]);
                break;
        }

        return Rewrite(e);
    }

    private static XElement Rewrite(XElement e)
    {
        var local = Rng.Local(e);
        if (local is not ("mixed" or "optional" or "zeroOrMore"))
        {
            return e;
        }

        var child = e.Elements().Single();
        child.Remove();
        var replacement = local switch
        {
            "mixed" => Copy(e, "interleave", child, new XElement(Rng.Name("text"))),
            "optional" => Copy(e, "choice", child, new XElement(Rng.Name("empty"))),
            _ => Copy(e, "choice", Copy(e, "oneOrMore", child), new XElement(Rng.Name("empty"))),
        };
        return Replace(e, replacement);
    }

    private static XElement Replace(XElement e, XElement replacement)
    {
        if (e.Parent is not null || e.Document is not null)
        {
            e.ReplaceWith(replacement);
        }

        return replacement;
    }

    private static void Wrap(XElement parent, List<XElement> kids, string kind)
    {
        parent.Add(Nest(kind, kids));
    }

    /// <summary>Left-associated binary nesting: (((a b) c) d).</summary>
    private static XElement Nest(string kind, List<XElement> items)
    {
        items.ForEach(i => { if (i.Parent is not null) i.Remove(); });
        if (items.Count == 1)
        {
            return items[0];
        }

        var result = new XElement(Rng.Name(kind), items[0], items[1]);
        for (var i = 2; i < items.Count; i++)
        {
            result = new XElement(Rng.Name(kind), result, items[i]);
        }

        return result;
    }

    /// <summary>A new element that keeps the source position of the one it replaces (for messages).</summary>
    private static XElement Copy(XElement original, string kind, params object[] content)
    {
        var e = new XElement(Rng.Name(kind), content);
        e.AddAnnotation(new OriginalElement(original));
        return e;
    }
}
