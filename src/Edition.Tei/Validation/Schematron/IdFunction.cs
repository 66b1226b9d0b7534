using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// XPath 2.0's <c>fn:id</c> (F&amp;O 15.5.2), which XPath2 1.1.5 lacks: the elements whose <c>xml:id</c> is one
/// of the IDREFs given (whitespace-separated), in document order, the first one where an id is repeated. It
/// looks them up in a map of the document's ids built once per document, so a rule that finds each node's
/// counterpart by id stays linear in the document where <c>//*[@xml:id = $x]</c> per node is quadratic.
/// </summary>
internal static class IdFunction
{
    private const string FunctionNamespace = "http://www.w3.org/2003/11/xpath-functions";

    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    private static readonly XName XmlId = XNamespace.Xml + "id";

    private static readonly ConditionalWeakTable<XObject, IdMap> Maps = new();

    /// <summary>Adds <c>id($idrefs)</c> and <c>id($idrefs, $node)</c> to XPath2's (process-wide) function table.</summary>
    public static void Register(FunctionTable table)
    {
        table.Add(FunctionNamespace, "id", 1, XPath2ResultType.NodeSet,
            (_, provider, args) => Lookup(args[0], CoreFuncs.ContextNode(provider)));
        table.Add(FunctionNamespace, "id", 2, XPath2ResultType.NodeSet,
            (_, _, args) => Lookup(args[0], CoreFuncs.NodeValue(args[1], raise: true)));
    }

    private static XPath2NodeIterator Lookup(object idrefs, object? node)
    {
        if (node is not XPathNavigator { UnderlyingObject: XObject context } navigator)
        {
            throw new XPath2Exception("XPTY0004", "fn:id needs a node of the document to look in");
        }

        var map = MapOf(RootOf(context));
        var found = new SortedDictionary<int, XElement>();
        foreach (XPathItem item in XPath2NodeIterator.Create(idrefs))
        {
            foreach (var idref in item.Value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (map.Find(idref) is { } hit)
                {
                    found.TryAdd(hit.Order, hit.Element);
                }
            }
        }

        return new NodeIterator(found.Values.Select(e => (XPathItem)e.CreateNavigator(navigator.NameTable)).ToList());
    }

    private static XObject RootOf(XObject node)
    {
        if (node.Document is { } document)
        {
            return document;
        }

        XObject root = node;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>The map of a tree, made on first use and dropped when the tree changes.</summary>
    private static IdMap MapOf(XObject root)
    {
        if (Maps.TryGetValue(root, out var map))
        {
            return map;
        }

        map = new IdMap(root);
        lock (Maps)
        {
            if (Maps.TryGetValue(root, out var made))
            {
                return made;
            }

            root.Changed += (_, _) => Maps.Remove(root);
            Maps.Add(root, map);
            return map;
        }
    }

    private sealed class IdMap
    {
        private readonly Dictionary<string, (XElement Element, int Order)> _first = new(StringComparer.Ordinal);

        public IdMap(XObject root)
        {
            var elements = root switch
            {
                XDocument d => d.Descendants(),
                XElement e => e.DescendantsAndSelf(),
                _ => [],
            };
            var order = 0;
            foreach (var element in elements)
            {
                // The typed value of an xml:id is its whitespace-collapsed string (xml:id 1.0, 4).
                if (element.Attribute(XmlId) is { } id && NormalizedId(id.Value) is { } key)
                {
                    _first.TryAdd(key, (element, order));
                }

                order++;
            }
        }

        public (XElement Element, int Order)? Find(string idref) =>
            _first.TryGetValue(idref, out var hit) ? hit : null;

        private static string? NormalizedId(string value)
        {
            var trimmed = value.Trim(Separators);
            return trimmed.Length == 0 || trimmed.IndexOfAny(Separators) >= 0 ? null : trimmed;
        }
    }
}
