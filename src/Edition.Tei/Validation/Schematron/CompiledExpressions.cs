using System.Xml;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// One worker's compiled XPath expressions. XPath2's compiled expressions keep their running context in the
/// expression object, so they cannot be shared between threads: each concurrent run rents its own set from
/// <see cref="SchematronSchema"/>'s pool (the schema itself is parsed and checked once).
/// </summary>
internal sealed class CompiledExpressions
{
    private static readonly Lock CompileLock = new();

    private readonly XmlNamespaceManager _namespaces;
    private readonly Dictionary<string, XPath2Expression> _cache = new(StringComparer.Ordinal);

    // Before any expression is compiled: XPath2's function table is shared and not safe to change while read.
    static CompiledExpressions()
    {
        IdFunction.Register(FunctionTable.Inst);
        XsltFunctions.Register(FunctionTable.Inst);
        DocFunctions.Register(FunctionTable.Inst);
    }

    public CompiledExpressions(IEnumerable<KeyValuePair<string, string>> namespaces)
    {
        _namespaces = new XmlNamespaceManager(new NameTable());
        foreach (var (prefix, uri) in namespaces)
        {
            if (prefix is not ("xml" or "xmlns") && prefix.Length > 0)
            {
                _namespaces.AddNamespace(prefix, uri);
            }
        }
    }

    /// <summary>The compiled expression; throws <see cref="XPath2Exception"/> when XPath 2.0 cannot compile it.</summary>
    public XPath2Expression Get(string expression)
    {
        if (!_cache.TryGetValue(expression, out var compiled))
        {
            // XPath2's parser keeps state in statics: compiling on two threads at once can fail on a valid
            // expression ("syntax error, expecting '$'" for "//a"), which would now make a schema unusable.
            lock (CompileLock)
            {
                compiled = XPath2Expression.Compile(expression, _namespaces);
            }

            _cache[expression] = compiled;
        }

        return compiled;
    }

    /// <summary>Null when the expression compiles, else the first line of the compiler's message.</summary>
    public string? CompileError(string expression)
    {
        if (KnownDefects.Find(expression) is { } defect)
        {
            return defect;
        }

        try
        {
            Get(expression);
            return null;
        }
        catch (Exception e) when (e is XPath2Exception or XmlException or InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            return e.Message.Split('\n')[0].Trim();
        }
    }
}
