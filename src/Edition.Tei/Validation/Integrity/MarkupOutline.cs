using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Edition.Core.Xml;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// The markup the integrity checks read, in document order: each element's name, parent and place, and the
/// attributes the checks read (ids, pointers, dates, a div's type, a graphic's url). Examples' content is left out
/// (see <see cref="DocumentElements"/>). Taken from a tree (a build's TEI, whose nodes map findings to the author's
/// sources), or streamed from a file with no tree at all (<c>edition validate</c>: a volume's tree cost more than
/// its RELAX NG pass).
/// </summary>
internal sealed class MarkupOutline
{
    private static readonly XNamespace Examples = "http://www.tei-c.org/ns/Examples";
    private static readonly HashSet<string> Kept = [.. Pointers.Attributes, .. IntegrityChecker.DateAttributes, "type", "url"];

    private readonly List<Entry> _elements = [];
    private readonly List<XAttributeValue> _attributes = [];
    private readonly List<XElement>? _nodes;
    private HashSet<int>? _withImage;

    private MarkupOutline(List<XElement>? nodes) => _nodes = nodes;

    public int Count => _elements.Count;

    public XName Name(int element) => _elements[element].Name;

    /// <summary>The element's parent, or -1 for the root.</summary>
    public int Parent(int element) => _elements[element].Parent;

    public int Line(int element) => _elements[element].Line;

    public int Column(int element) => _elements[element].Column;

    /// <summary>The tree's node, when the outline was taken from a tree.</summary>
    public XElement? Node(int element) => _nodes?[element];

    /// <summary>The attributes of the element the checks read, in document order.</summary>
    public ReadOnlySpan<XAttributeValue> Attributes(int element)
    {
        var e = _elements[element];
        return CollectionsMarshal.AsSpan(_attributes).Slice(e.FirstAttribute, e.AttributeCount);
    }

    public string? Attribute(int element, XName name)
    {
        foreach (var a in Attributes(element))
        {
            if (a.Name == name)
            {
                return a.Value;
            }
        }

        return null;
    }

    /// <summary>The outline of a tree (its nodes kept, for findings' places).</summary>
    public static MarkupOutline Of(XDocument document)
    {
        var outline = new MarkupOutline([]);
        var open = new Stack<(XElement Element, int Index)>();
        foreach (var element in DocumentElements.Of(document))
        {
            while (open.Count > 0 && open.Peek().Element != element.Parent)
            {
                open.Pop();
            }

            var at = (IXmlLineInfo)element;
            var index = outline.Add(element.Name, open.Count > 0 ? open.Peek().Index : -1, at.LineNumber, at.LinePosition);
            for (var a = element.FirstAttribute; a is not null; a = a.NextAttribute)
            {
                if (IsRead(a.Name.LocalName, a.Name.NamespaceName))
                {
                    outline._attributes.Add(new XAttributeValue(a.Name, a.Value));
                }
            }

            outline.Close(index);
            outline._nodes!.Add(element);
            open.Push((element, index));
        }

        return outline;
    }

    /// <summary>
    /// The outline of the XML a reader gives, read to its end: not well-formed XML, nesting too deep and attributes
    /// too long throw as the tree's parse does.
    /// </summary>
    public static MarkupOutline Read(XmlReader reader)
    {
        var outline = new MarkupOutline(null);
        var open = new Stack<int>();
        var inExample = 0; // elements open inside an example (its content is not read)
        var at = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (inExample > 0)
                {
                    inExample--;
                }
                else
                {
                    open.Pop();
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var empty = reader.IsEmptyElement;
            if (inExample > 0)
            {
                inExample += empty ? 0 : 1;
                continue;
            }

            var index = outline.Add(XName.Get(reader.LocalName, reader.NamespaceURI), open.Count > 0 ? open.Peek() : -1, at.LineNumber, at.LinePosition);
            outline.ReadAttributes(reader);
            outline.Close(index);
            if (empty)
            {
                continue;
            }

            if (reader.NamespaceURI == Examples.NamespaceName)
            {
                inExample = 1;
            }
            else
            {
                open.Push(index);
            }
        }

        return outline;
    }

    /// <summary>Whether the element has a <c>graphic</c> child with a <c>url</c> (a surface that holds an image).</summary>
    public bool HasImage(int element)
    {
        if (_withImage is null)
        {
            _withImage = [];
            for (var e = 0; e < Count; e++)
            {
                if (Name(e) == Ns + "graphic" && Attribute(e, "url") is not null && Parent(e) >= 0)
                {
                    _withImage.Add(Parent(e));
                }
            }
        }

        return _withImage.Contains(element);
    }

    private void ReadAttributes(XmlReader reader)
    {
        AttributeLimit.Check(reader);
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (IsRead(reader.LocalName, reader.NamespaceURI))
            {
                _attributes.Add(new XAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static bool IsRead(string localName, string namespaceName) =>
        namespaceName.Length == 0 ? Kept.Contains(localName) : localName == "id" && namespaceName == XNamespace.Xml.NamespaceName;

    private int Add(XName name, int parent, int line, int column)
    {
        _elements.Add(new Entry(name, parent, line, column, _attributes.Count, 0));
        return _elements.Count - 1;
    }

    /// <summary>Ends the element's attributes (those added since <see cref="Add"/>).</summary>
    private void Close(int index) =>
        _elements[index] = _elements[index] with { AttributeCount = _attributes.Count - _elements[index].FirstAttribute };

    private readonly record struct Entry(XName Name, int Parent, int Line, int Column, int FirstAttribute, int AttributeCount);
}

/// <summary>An attribute the integrity checks read: its name and value.</summary>
internal readonly record struct XAttributeValue(XName Name, string Value);
