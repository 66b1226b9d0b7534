using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Edition.Core.Diagnostics;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// Runs the active patterns of a schema over one document. Within a pattern a node is handled by the first
/// rule whose context matches it (ISO 19757-3, 6.5); lets are evaluated at schema, pattern and rule level.
/// </summary>
internal sealed partial class SchematronRun
{
    private readonly SchematronSchema _schema;
    private readonly CompiledExpressions _expressions;
    private readonly List<SchematronFinding> _findings = [];

    // Schema and pattern lets whose evaluation failed (say, doc() of a missing file), with why: a check that uses
    // one is an error there saying so, not an undefined variable.
    private readonly Dictionary<string, string> _failedLets = new(StringComparer.Ordinal);
    private EvaluationScope? _scope;

    public SchematronRun(SchematronSchema schema, CompiledExpressions expressions)
    {
        _schema = schema;
        _expressions = expressions;
    }

    public List<SchematronFinding> Run(XDocument document)
    {
        var root = document.CreateNavigator();
        _scope = new EvaluationScope(_schema.Model, _expressions, root);
        using var entered = _scope.Enter();
        var globals = new Dictionary<XmlQualifiedName, object>();
        Bind(_schema.Model.Lets, root, globals, null);
        Bind(_schema.ActivePhase?.Lets ?? [], root, globals, null);
        foreach (var pattern in _schema.ActivePatterns)
        {
            var variables = new Dictionary<XmlQualifiedName, object>(globals);
            Bind(pattern.Lets, root, variables, null);
            var handled = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var rule in pattern.Rules.Where(r => !_schema.SkippedRules.Contains(r)))
            {
                RunRule(pattern, rule, root, variables, handled);
            }
        }

        return _findings;
    }

    private void RunRule(SchPattern pattern, SchRule rule, XPathNavigator root, Dictionary<XmlQualifiedName, object> variables, HashSet<object> handled)
    {
        if (_schema.Broken.Contains(rule.Context))
        {
            return;
        }

        List<XPathNavigator> nodes;
        try
        {
            nodes = XPathValues.Nodes(Evaluate(RuleContexts.ToSelection(rule.Context), root, variables)).ToList();
        }
        catch (Exception e) when (IsXPathFailure(e))
        {
            if (rule.Checks.FirstOrDefault() is { } first)
            {
                Fail(first, root, $"its rule context '{rule.Context}' raised {FirstLine(e)}");
            }

            return;
        }

        foreach (var node in nodes)
        {
            if (node.UnderlyingObject is not { } key || !handled.Add(key))
            {
                continue;
            }

            var local = rule.Lets.Count == 0 ? variables : new Dictionary<XmlQualifiedName, object>(variables);
            Bind(rule.Lets, node, local, rule.Checks.FirstOrDefault());
            foreach (var check in rule.Checks)
            {
                RunCheck(pattern, rule, check, node, local);
            }
        }
    }

    private void RunCheck(SchPattern pattern, SchRule rule, SchCheck check, XPathNavigator node, Dictionary<XmlQualifiedName, object> variables)
    {
        if (_schema.Broken.Contains(check.Test))
        {
            return;
        }

        if (FailedLetIn(check.Test) is { } failure)
        {
            Fail(check, node, failure);
            return;
        }

        bool result;
        try
        {
            result = XPathValues.EffectiveBoolean(Evaluate(check.Test, node, variables));
        }
        catch (Exception e) when (IsXPathFailure(e))
        {
            Fail(check, node, FirstLine(e));
            return;
        }

        if (result == check.IsAssert)
        {
            return;
        }

        var message = Render(check.Message, node, variables);
        foreach (var id in check.DiagnosticIds)
        {
            if (_schema.Model.Diagnostics.TryGetValue(id, out var parts))
            {
                message += " (" + Render(parts, node, variables) + ")";
            }
        }

        var code = check.Id is { } cid && CodePattern().IsMatch(cid) ? cid : check.IsAssert ? ValidationDiagnostics.AssertFailed.Id : ValidationDiagnostics.ReportFired.Id;
        var severity = SeverityOf(check.Role ?? check.Flag ?? rule.Role ?? rule.Flag ?? pattern.Role);
        _findings.Add(new SchematronFinding(severity, code, message, node.UnderlyingObject as XObject, pattern.Id, rule.Context, check.Id, check.Location));
    }

    private string Render(IReadOnlyList<MessagePart> parts, XPathNavigator node, Dictionary<XmlQualifiedName, object> variables)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part switch
            {
                TextPart t => t.Text,
                ValueOfPart v => Value(v.Select, node, variables),
                NamePart { Path: null } => node.Name,
                NamePart n => Value("name(" + n.Path + ")", node, variables),
                _ => "",
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private string Value(string select, XPathNavigator node, Dictionary<XmlQualifiedName, object> variables)
    {
        if (_schema.Broken.Contains(select))
        {
            return "[…]";
        }

        try
        {
            return XPathValues.ToText(Evaluate(select, node, variables));
        }
        catch (Exception e) when (IsXPathFailure(e))
        {
            return "[…]";
        }
    }

    private void Bind(IReadOnlyList<SchLet> lets, XPathNavigator context, Dictionary<XmlQualifiedName, object> variables, SchCheck? owner)
    {
        foreach (var let in lets)
        {
            if (_schema.Broken.Contains(let.Value))
            {
                continue;
            }

            try
            {
                var value = Evaluate(let.Value, context, variables);
                variables[new XmlQualifiedName(let.Name)] = value is XPath2NodeIterator iterator ? iterator.CreateBufferedIterator() : value ?? Undefined.Value;
                _failedLets.Remove(let.Name);
            }
            catch (Exception e) when (IsXPathFailure(e))
            {
                if (owner is not null)
                {
                    Fail(owner, context, $"let '{let.Name}': {FirstLine(e)}");
                }
                else
                {
                    _failedLets[let.Name] = FirstLine(e);
                }
            }
        }
    }

    private string? FailedLetIn(string expression)
    {
        foreach (var (name, error) in _failedLets)
        {
            for (var at = expression.IndexOf("$" + name, StringComparison.Ordinal); at >= 0; at = expression.IndexOf("$" + name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length + 1;
                if (end == expression.Length || !(char.IsLetterOrDigit(expression[end]) || expression[end] is '-' or '_' or '.'))
                {
                    return $"let '{name}': {error}";
                }
            }
        }

        return null;
    }

    private object? Evaluate(string expression, XPathNavigator context, Dictionary<XmlQualifiedName, object> variables)
    {
        _scope!.ContextNode = context; // current() inside this expression
        return _expressions.Get(expression).Evaluate(new NodeProvider(context), variables.Count == 0 ? null! : variables);
    }

    // A check that cannot be decided on a node is an error there: a dynamic error is never a pass.
    private void Fail(SchCheck check, XPathNavigator node, string message)
    {
        var kind = check.IsAssert ? "assert" : "report";
        var at = node.UnderlyingObject as XObject;
        if (at is XDocument document)
        {
            at = document.Root;
        }

        _findings.Add(new SchematronFinding(Severity.Error, ValidationDiagnostics.EvaluationFailed.Id,
            $"Schematron {kind} at {check.Location} has no verdict here: {message}", at, null, "", check.Id, check.Location));
    }

    private static Severity SeverityOf(string? role) => role?.ToLowerInvariant() switch
    {
        "warn" or "warning" => Severity.Warning,
        "info" or "information" or "informational" or "hint" or "tip" => Severity.Info,
        _ => Severity.Error,
    };

    private static bool IsXPathFailure(Exception e) =>
        e is XPath2Exception or XPathException or XmlException or InvalidCastException or FormatException or OverflowException
            or InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException or NotSupportedException;

    private static string FirstLine(Exception e) => e.Message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^ED\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
