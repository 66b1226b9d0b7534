using System.Xml.XPath;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// What the XSLT functions a Schematron may call need besides their arguments: the rule's context node for
/// <c>current()</c>, the schema's keys for <c>key()</c>, where <c>document()</c> and <c>doc()</c> resolve. XPath2's function table
/// is process-wide, so the run on this thread says where it is here (a run is synchronous on its thread).
/// </summary>
internal sealed class EvaluationScope(SchModel model, CompiledExpressions expressions, XPathNavigator root)
{
    [ThreadStatic]
    private static EvaluationScope? _current;

    public static EvaluationScope? Current => _current;

    public SchModel Model { get; } = model;

    public CompiledExpressions Expressions { get; } = expressions;

    public XPathNavigator Root { get; } = root;

    /// <summary>The node the outermost expression being evaluated started from (XSLT's current()).</summary>
    public XPathNavigator? ContextNode { get; set; }

    /// <summary>Per key name: its values and the nodes that have them, in document order (built on first use).</summary>
    public Dictionary<string, Dictionary<string, List<XPathNavigator>>> KeyIndexes { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents read by document(), doc() and doc-available() during this run, by full path.</summary>
    public Dictionary<string, XPathNavigator> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes this the thread's scope until the returned handle is disposed.</summary>
    public Entered Enter()
    {
        var previous = _current;
        _current = this;
        return new Entered(previous);
    }

    public readonly struct Entered(EvaluationScope? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
