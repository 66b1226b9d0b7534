using System.Xml;
using System.Xml.Linq;

namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// Mutates XML as a tree, so the input stays well-formed and reaches what reads the tree (byte mutations mostly stop
/// at the XML parser): elements deleted, duplicated, moved, renamed, wrapped in nesting up to <see cref="Mutator.MaxDepth"/>;
/// attributes removed or given hostile values; hostile text inserted. Deterministic for a given seed.
/// </summary>
public sealed class XmlTreeMutator(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> names, IReadOnlyList<string> values, Random random)
{
    private readonly List<XDocument> _trees = [.. seeds.Select(Parse).OfType<XDocument>()];

    // A lone surrogate cannot be written by XmlWriter at all (the byte mutations insert those).
    private readonly List<string> _values = [.. values.Where(v => v.Length > 0 && System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(v)) == v)];

    public bool HasTrees => _trees.Count > 0;

    public byte[] Next()
    {
        var tree = new XDocument(_trees[random.Next(_trees.Count)]);
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var elements = tree.Descendants().ToList();
            if (elements.Count > 1)
            {
                Mutate(elements[random.Next(1, elements.Count)], elements);
            }
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { CheckCharacters = false, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            tree.Save(writer);
        }

        return stream.ToArray();
    }

    private void Mutate(XElement e, List<XElement> elements)
    {
        var name = e.Name.Namespace + names[random.Next(names.Count)];
        switch (random.Next(8))
        {
            case 0: e.Remove(); break;
            case 1: e.AddAfterSelf(new XElement(e)); break;
            case 2: elements[random.Next(elements.Count)].Add(new XElement(e)); break;
            case 3: e.Name = name; break;
            case 4: Wrap(e, name); break;
            case 5: e.Attributes().FirstOrDefault()?.Remove(); break;
            case 6: e.SetAttributeValue(random.Next(3) == 0 ? XNamespace.Xml + "id" : names[random.Next(names.Count)], Value()); break;
            default: e.Add(Value()); break;
        }
    }

    private void Wrap(XElement e, XName name)
    {
        var depth = random.Next(4) == 0 ? random.Next(100, Mutator.MaxDepth + 1) : random.Next(1, 20);
        var outer = new XElement(name);
        var inner = outer;
        for (var i = 1; i < depth; i++)
        {
            var next = new XElement(name);
            inner.Add(next);
            inner = next;
        }

        e.ReplaceWith(outer);
        inner.Add(e);
    }

    private string Value() => random.Next(4) == 0 ? string.Concat(Enumerable.Repeat(_values[random.Next(_values.Count)], random.Next(1, 2_000))) : _values[random.Next(_values.Count)];

    private static XDocument? Parse(byte[] seed)
    {
        try
        {
            return XDocument.Load(new MemoryStream(seed), LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
