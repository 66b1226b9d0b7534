using System.Text;
using System.Xml;
using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Tei.Validation.Odd;

/// <summary>
/// Compiles edition.odd against tei_all.rng into a RELAX NG schema that is a restriction of tei_all (every
/// document valid against it is valid against tei_all): elements not kept become <c>notAllowed</c>, a changed
/// attribute replaces its tei_all declaration inside that one element (classes are inlined there only), and
/// definitions no longer reachable from the start are dropped. Embedded Schematron and documentation are removed.
/// </summary>
public static class OddCompiler
{
    private static readonly XNamespace Rng = "http://relaxng.org/ns/structure/1.0";

    public static string Compile(string oddPath, string teiAllRngPath)
    {
        var odd = OddCustomisation.Read(oddPath);
        var rng = SafeXml.Load(teiAllRngPath, tolerateDoctype: false);
        var grammar = rng.Root!;
        grammar.Descendants().Where(e => e.Name.Namespace != Rng).ToList().ForEach(e => e.Remove());
        grammar.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());

        // Whitespace is insignificant in patterns (not inside value and param), and the writer re-indents.
        grammar.DescendantNodes().OfType<XText>().Where(t => string.IsNullOrWhiteSpace(t.Value) && t.Parent?.Name.LocalName is not ("value" or "param")).ToList().ForEach(t => t.Remove());
        var defines = grammar.Elements(Rng + "define").ToDictionary(d => (string)d.Attribute("name")!, StringComparer.Ordinal);

        foreach (var define in defines.Values)
        {
            var element = define.Elements(Rng + "element").SingleOrDefault();
            if (element is not null && element.Attribute("name") is { } name && !odd.Elements.Contains(name.Value))
            {
                define.ReplaceNodes(new XElement(Rng + "notAllowed"));
            }
        }

        var unknown = odd.Elements.Where(e => !defines.Values.Any(d => (string?)d.Element(Rng + "element")?.Attribute("name") == e)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"edition.odd keeps elements that tei_all does not define: {string.Join(", ", unknown)}");
        }

        foreach (var change in odd.Changes)
        {
            var element = defines.Values.Select(d => d.Element(Rng + "element")).Single(e => (string?)e?.Attribute("name") == change.Element)!;
            if (!Replace(element, change, defines))
            {
                throw new InvalidOperationException($"tei_all declares no @{change.Attribute} on <{change.Element}>");
            }
        }

        var start = grammar.Element(Rng + "start")!;
        start.ReplaceNodes(new XElement(Rng + "ref", new XAttribute("name", odd.Start)));
        Prune(grammar, defines);
        return Write(rng, odd);
    }

    /// <summary>Finds the attribute in the element's pattern, inlining (here only) the attribute classes that hold it.</summary>
    private static bool Replace(XElement scope, OddAttributeChange change, Dictionary<string, XElement> defines)
    {
        foreach (var child in scope.Elements().ToList())
        {
            if (child.Name == Rng + "element")
            {
                continue;
            }

            if (child.Name == Rng + "attribute" && (string?)child.Attribute("name") == change.Attribute)
            {
                // No valList: only the usage changes, the attribute keeps tei_all's datatype.
                var replacement = change.Values.Count == 0 ? new XElement(child) : new XElement(Rng + "attribute", new XAttribute("name", change.Attribute),
                    new XElement(Rng + "choice", change.Values.Select(v => new XElement(Rng + "value", new XAttribute("type", "token"), new XAttribute("datatypeLibrary", ""), v))));
                var target = child.Parent is { } p && p.Name == Rng + "optional" && p.Elements().Count() == 1 ? p : child;
                target.ReplaceWith(change.Required ? replacement : new XElement(Rng + "optional", replacement));
                return true;
            }

            if (child.Name == Rng + "ref" && defines.TryGetValue((string)child.Attribute("name")!, out var define) && define.Element(Rng + "element") is null && Declares(define, change.Attribute, defines, 0))
            {
                var inlined = new XElement(Rng + "group", define.Elements().Select(e => new XElement(e)));
                child.ReplaceWith(inlined);
                return Replace(inlined, change, defines);
            }

            if (Replace(child, change, defines))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Declares(XElement pattern, string attribute, Dictionary<string, XElement> defines, int depth) =>
        depth < 30 && pattern.Elements().Any(e =>
            (e.Name == Rng + "attribute" && (string?)e.Attribute("name") == attribute)
            || (e.Name == Rng + "ref" && defines.TryGetValue((string)e.Attribute("name")!, out var d) && d.Element(Rng + "element") is null && Declares(d, attribute, defines, depth + 1))
            || (e.Name != Rng + "element" && e.Name != Rng + "ref" && Declares(e, attribute, defines, depth + 1)));

    private static void Prune(XElement grammar, Dictionary<string, XElement> defines)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<XElement>([grammar.Element(Rng + "start")!]);
        while (queue.TryDequeue(out var pattern))
        {
            foreach (var r in pattern.DescendantsAndSelf(Rng + "ref"))
            {
                var name = (string)r.Attribute("name")!;
                if (reachable.Add(name) && defines.TryGetValue(name, out var d))
                {
                    queue.Enqueue(d);
                }
            }
        }

        foreach (var (name, define) in defines.Where(d => !reachable.Contains(d.Key)))
        {
            define.Remove();
        }
    }

    private static string Write(XDocument rng, OddCustomisation odd)
    {
        rng.Root!.AddFirst(new XComment($" Generated by Edition's OddCompiler from schemas/edition.odd (schemaSpec '{odd.Ident}', {odd.Elements.Count} elements) and TEI P5 tei_all.rng. Do not edit: change edition.odd and regenerate. "));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text), settings))
        {
            rng.Save(writer);
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal) + "\n";
    }
}
