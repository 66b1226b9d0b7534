using System.Xml.Linq;

namespace Edition.RelaxNg.Tests;

/// <summary>
/// Writes small FRUS documents (one <c>div[@type='document']</c> in the volume's header and division shell)
/// and deterministic mutations of them: unknown element or attribute, bad date, bad attribute value,
/// deleted required child, stray text, wrong order, duplicate ID, renamed element… Same seed, same files.
/// </summary>
internal static class FrusSnippetGenerator
{
    public static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly (string Name, Func<XElement, Random, bool> Apply)[] Mutations =
    [
        ("unknown-element", (doc, r) => Pick(Body(doc).Descendants(), r) is { } e && Add(e, new XElement(Tei + "bogus"))),
        ("unknown-attribute", (doc, r) => Pick(Body(doc).Descendants(), r) is { } e && Set(e, "bogus", "1")),
        ("bad-date", (doc, r) => Pick(doc.Descendants(Tei + "date"), r) is { } d
            ? Set(d, "when", r.Next(2) == 0 ? "1930-02-30" : "not-a-date")
            : Pick(Body(doc).Descendants(Tei + "p"), r) is { } p && Add(p, new XElement(Tei + "date", new XAttribute("when", "19xx"), "x"))),
        ("bad-language", (doc, r) => Pick(Body(doc).Descendants(), r) is { } e && Set(e, Xml + "lang", "not a language!")),
        ("bad-count", (doc, r) => Pick(Body(doc).Descendants(), r) is { } e && Set(e, "cols", "-3")),
        ("delete-required-child", (doc, r) => Pick(doc.Descendants(Tei + "list").Where(l => l.Elements(Tei + "item").Any()), r) is { } list
            ? Remove(list.Elements(Tei + "item"))
            : Remove(doc.Descendants(Tei + "titleStmt").Elements(Tei + "title"))),
        ("stray-text", (doc, r) => Pick(Body(doc).Descendants(Tei + "div"), r) is { } d && Add(d, "stray text")),
        ("head-last", (doc, r) => Pick(Body(doc).Descendants(Tei + "div").Where(d => d.Element(Tei + "head") is not null && d.Elements().Count() > 1), r) is { } d
            && Move(d.Element(Tei + "head")!, d)),
        ("duplicate-id", (doc, r) => Pick(Body(doc).Descendants().Where(e => e.Attribute(Xml + "id") is null), r) is { } e
            && Body(doc).Descendants().FirstOrDefault(x => x.Attribute(Xml + "id") is not null) is { } withId
            && Set(e, Xml + "id", withId.Attribute(Xml + "id")!.Value)),
        ("rename-p-to-list", (doc, r) => Pick(Body(doc).Descendants(Tei + "p"), r) is { } p && Rename(p, Tei + "list")),
        ("p-in-ab", (doc, r) => Pick(Body(doc).Descendants(Tei + "p"), r) is { } p && Wrap(p, Tei + "ab")),
        ("harmless-rend", (doc, r) => Pick(Body(doc).Descendants(Tei + "p"), r) is { } p && Set(p, "rend", "italic")),
        ("harmless-drop-note", (doc, r) => Remove(Body(doc).Descendants(Tei + "note").Take(1))),
        ("delete-header", (doc, r) => Remove(doc.Elements(Tei + "teiHeader"))),
    ];

    /// <summary>Writes the snippets and their mutants into <paramref name="dir"/>; returns the file paths.</summary>
    public static List<string> Generate(IEnumerable<string> volumes, string dir, int perVolume, int mutantsPerSnippet, int seed)
    {
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        var random = new Random(seed);
        foreach (var volume in volumes)
        {
            var source = XDocument.Load(volume);
            var documents = source.Descendants(Tei + "div").Where(d => (string?)d.Attribute("type") == "document").ToList();
            var step = Math.Max(1, documents.Count / perVolume);
            var name = Path.GetFileNameWithoutExtension(volume);
            for (var i = 0; i < documents.Count && i / step < perVolume; i += step)
            {
                var baseName = $"{name}-{i:0000}";
                files.Add(Write(Snippet(source.Root!, documents[i]), dir, baseName + "-original"));
                for (var m = 0; m < mutantsPerSnippet; m++)
                {
                    var snippet = Snippet(source.Root!, documents[i]);
                    var (mutation, apply) = Mutations[random.Next(Mutations.Length)];
                    var applied = apply(snippet, new Random(random.Next()));
                    files.Add(Write(snippet, dir, $"{baseName}-{m}-{mutation}{(applied ? "" : "-noop")}"));
                }
            }
        }

        return files;
    }

    private static XElement Snippet(XElement tei, XElement document)
    {
        var header = new XElement(tei.Element(Tei + "teiHeader")!);
        foreach (var e in header.Descendants().Where(e => e.Name == Tei + "revisionDesc" || e.Name == Tei + "change"))
        {
            e.SetAttributeValue("status", "planned");
        }

        XElement content = new(document);
        foreach (var ancestor in document.Ancestors(Tei + "div"))
        {
            content = new XElement(ancestor.Name, ancestor.Attributes(), ancestor.Elements(Tei + "head").Select(h => new XElement(h)), content);
        }

        var root = new XElement(tei.Name, tei.Attributes(), header, new XElement(Tei + "text", new XElement(Tei + "body", content)));
        return root;
    }

    private static string Write(XElement root, string dir, string name)
    {
        var path = Path.Combine(dir, name + ".xml");
        new XDocument(root).Save(path, SaveOptions.DisableFormatting);
        return path;
    }

    private static XElement Body(XElement doc) => doc.Descendants(Tei + "body").First();

    private static XElement? Pick(IEnumerable<XElement> candidates, Random r)
    {
        var list = candidates.ToList();
        return list.Count == 0 ? null : list[r.Next(list.Count)];
    }

    private static bool Add(XElement parent, object content)
    {
        parent.Add(content);
        return true;
    }

    private static bool Set(XElement e, XName name, string value)
    {
        e.SetAttributeValue(name, value);
        return true;
    }

    private static bool Remove(IEnumerable<XElement> elements)
    {
        var list = elements.ToList();
        list.ForEach(e => e.Remove());
        return list.Count > 0;
    }

    private static bool Move(XElement e, XElement newParent)
    {
        e.Remove();
        newParent.Add(e);
        return true;
    }

    private static bool Rename(XElement e, XName name)
    {
        e.Name = name;
        return true;
    }

    private static bool Wrap(XElement e, XName wrapper)
    {
        e.ReplaceWith(new XElement(wrapper, new XElement(e)));
        return true;
    }
}
