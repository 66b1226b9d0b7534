using System.Xml;
using System.Xml.XPath;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// The XSLT functions a Schematron with an xslt query binding may call and XPath2 lacks: <c>current()</c>,
/// <c>key(name, values)</c> over the schema's xsl:key declarations, and <c>document(uri)</c> for local files only
/// (a string resolved against the schema's folder, a node's value against its document's; never the network).
/// </summary>
internal static class XsltFunctions
{
    private const string FunctionNamespace = "http://www.w3.org/2003/11/xpath-functions";

    public static void Register(FunctionTable table)
    {
        table.Add(FunctionNamespace, "current", 0, XPath2ResultType.Navigator, (_, _, _) =>
            Scope("current").ContextNode ?? throw new XPath2Exception("XTDE1360", "current() has no context node here"));
        table.Add(FunctionNamespace, "key", 2, XPath2ResultType.NodeSet, (_, _, args) => Key(args[0], args[1]));
        table.Add(FunctionNamespace, "document", 1, XPath2ResultType.NodeSet, (_, _, args) => Document(args[0]));
    }

    private static EvaluationScope Scope(string function) =>
        EvaluationScope.Current ?? throw new XPath2Exception("XPDY0002", $"{function}() is only available while a Schematron schema runs");

    private static XPath2NodeIterator Key(object name, object values)
    {
        var scope = Scope("key");
        var keyName = XPathValues.ToText(name);
        if (!scope.KeyIndexes.TryGetValue(keyName, out var index))
        {
            var declarations = scope.Model.Keys.Where(k => k.Name == keyName).ToList();
            if (declarations.Count == 0)
            {
                throw new XPath2Exception("XTDE1260", $"key('{keyName}'): no xsl:key of that name in the schema");
            }

            index = BuildIndex(scope, declarations);
            scope.KeyIndexes[keyName] = index;
        }

        var found = new List<XPathNavigator>();
        foreach (XPathItem item in XPath2NodeIterator.Create(values))
        {
            found.AddRange(index.GetValueOrDefault(item.Value) ?? []);
        }

        return new NodeIterator(found.Distinct(new NavigatorIdentity()).OrderBy(n => n, new DocumentOrder()).Cast<XPathItem>().ToList());
    }

    private static Dictionary<string, List<XPathNavigator>> BuildIndex(EvaluationScope scope, List<SchKey> declarations)
    {
        var index = new Dictionary<string, List<XPathNavigator>>(StringComparer.Ordinal);
        foreach (var key in declarations)
        {
            var match = scope.Expressions.Get(RuleContexts.ToSelection(key.Match)).Evaluate(new NodeProvider(scope.Root), null!);
            foreach (var node in XPathValues.Nodes(match).Select(n => n.Clone()).ToList())
            {
                var used = scope.Expressions.Get(key.Use).Evaluate(new NodeProvider(node), null!);
                foreach (XPathItem value in XPath2NodeIterator.Create(used))
                {
                    if (!index.TryGetValue(value.Value, out var nodes))
                    {
                        index[value.Value] = nodes = [];
                    }

                    nodes.Add(node);
                }
            }
        }

        return index;
    }

    private static XPath2NodeIterator Document(object argument)
    {
        var scope = Scope("document");
        var item = XPath2NodeIterator.Create(argument).Cast<XPathItem>().FirstOrDefault();
        if (item is null)
        {
            return new NodeIterator([]);
        }

        var relativeTo = item is XPathNavigator { BaseURI: { Length: > 0 } nodeBase } && Uri.TryCreate(nodeBase, UriKind.Absolute, out var b)
            ? b
            : new Uri(Path.Combine(scope.Model.Directory, "x"));
        var path = LocalDocuments.Resolve(relativeTo, item.Value, "document");
        return new NodeIterator([LocalDocuments.Load(scope, path, "document", item.Value)]);
    }

    private sealed class NavigatorIdentity : IEqualityComparer<XPathNavigator>
    {
        public bool Equals(XPathNavigator? x, XPathNavigator? y) => x is not null && y is not null && x.IsSamePosition(y);

        public int GetHashCode(XPathNavigator obj) => obj.UnderlyingObject?.GetHashCode() ?? 0;
    }

    private sealed class DocumentOrder : IComparer<XPathNavigator>
    {
        public int Compare(XPathNavigator? x, XPathNavigator? y) => x!.ComparePosition(y!) switch
        {
            XmlNodeOrder.Before => -1,
            XmlNodeOrder.After => 1,
            _ => 0,
        };
    }
}
