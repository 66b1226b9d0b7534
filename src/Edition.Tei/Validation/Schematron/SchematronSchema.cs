using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// A compiled ISO Schematron schema, evaluated with XPath 2.0 (the XPath2 package). Load once, validate many
/// documents, from any number of threads. Every construct it cannot run is in <see cref="Problems"/>.
/// </summary>
public sealed partial class SchematronSchema
{
    private readonly ConcurrentBag<CompiledExpressions> _pool = [];

    private SchematronSchema(string file, SchModel model, string? phase, List<Diagnostic> problems)
    {
        File = file;
        Model = model;
        Problems = problems;
        var phaseId = phase ?? model.DefaultPhase ?? "#ALL";
        if (phaseId != "#ALL" && !model.Phases.ContainsKey(phaseId))
        {
            problems.Add(ValidationDiagnostics.BrokenSchemaReference.At(SourceSpan.None(file), $"phase '{phaseId}' is not defined; known: {string.Join(", ", model.Phases.Keys.Prepend("#ALL"))}"));
            phaseId = "#ALL";
        }

        ActivePhase = phaseId == "#ALL" ? null : model.Phases[phaseId];
        ActivePatterns = ActivePhase is null ? model.Patterns : model.Patterns.Where(p => p.Id is not null && ActivePhase.ActivePatterns.Contains(p.Id)).ToList();
        foreach (var missing in ActivePhase?.ActivePatterns.Where(a => model.Patterns.All(p => p.Id != a)) ?? [])
        {
            problems.Add(ValidationDiagnostics.BrokenSchemaReference.At(SourceSpan.None(file), $"phase '{phaseId}' activates pattern '{missing}', which is not defined"));
        }

        var compiled = new CompiledExpressions(model.Namespaces);
        Broken = FindBroken(compiled, problems);
        _pool.Add(compiled);
    }

    /// <summary>The schema file as diagnostics name it.</summary>
    public string File { get; }

    /// <summary>Load-time findings: unreadable files, broken references, constructs and expressions the engine cannot run.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>True when the schema could be read at all (it may still have unsupported parts).</summary>
    public bool IsUsable => Model.Patterns.Count > 0 || Problems.All(p => p.Severity != Severity.Error);

    /// <summary>How many assert/report checks the active patterns hold, and how many of them can run.</summary>
    public (int Total, int Runnable) CheckCount
    {
        get
        {
            var checks = ActivePatterns.SelectMany(p => p.Rules.Where(r => !Broken.Contains(r.Context))).SelectMany(r => r.Checks).ToList();
            return (ActivePatterns.SelectMany(p => p.Rules).Sum(r => r.Checks.Count), checks.Count(c => !Broken.Contains(c.Test)));
        }
    }

    internal SchModel Model { get; }

    internal SchPhase? ActivePhase { get; }

    internal IReadOnlyList<SchPattern> ActivePatterns { get; }

    /// <summary>Expressions (as written) that cannot be compiled, or that use a variable that cannot.</summary>
    internal IReadOnlySet<string> Broken { get; }

    /// <param name="phase">A phase id, <c>#ALL</c>, or null for the schema's defaultPhase.</param>
    public static SchematronSchema Load(string path, string? phase = null)
    {
        var problems = new List<Diagnostic>();
        var model = SchematronLoader.Load(path, problems) ?? new SchModel([], [], [], new Dictionary<string, SchPhase>(), new Dictionary<string, IReadOnlyList<MessagePart>>(), null);
        return new SchematronSchema(Edition.Core.Source.SourcePaths.Display(path), model, phase, problems);
    }

    /// <summary>Runs the active patterns over a document; thread-safe.</summary>
    public IReadOnlyList<SchematronFinding> Validate(XDocument document)
    {
        if (!_pool.TryTake(out var expressions))
        {
            expressions = new CompiledExpressions(Model.Namespaces);
        }

        try
        {
            return new SchematronRun(this, expressions).Run(document);
        }
        finally
        {
            _pool.Add(expressions);
        }
    }

    private HashSet<string> FindBroken(CompiledExpressions compiled, List<Diagnostic> problems)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var brokenVariables = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<(string Expression, string Compiled, string What, SourceSpan Where, string? Variable)>();
        foreach (var let in Model.Lets.Concat(Model.Phases.Values.SelectMany(p => p.Lets)))
        {
            items.Add((let.Value, let.Value, $"let '{let.Name}'", let.Location, let.Name));
        }

        foreach (var pattern in Model.Patterns)
        {
            items.AddRange(pattern.Lets.Select(l => (l.Value, l.Value, $"let '{l.Name}'", l.Location, (string?)l.Name)));
            foreach (var rule in pattern.Rules)
            {
                items.Add((rule.Context, RuleContexts.ToSelection(rule.Context), "rule context", rule.Location, null));
                items.AddRange(rule.Lets.Select(l => (l.Value, l.Value, $"let '{l.Name}'", l.Location, (string?)l.Name)));
                foreach (var check in rule.Checks)
                {
                    var kind = check.IsAssert ? "assert" : "report";
                    items.Add((check.Test, check.Test, kind + " test", check.Location, null));
                    items.AddRange(check.Message.OfType<ValueOfPart>().Select(v => (v.Select, v.Select, "value-of in the " + kind + " message", check.Location, (string?)null)));
                }
            }
        }

        items.AddRange(Model.Diagnostics.Values.SelectMany(d => d).OfType<ValueOfPart>().Select(v => (v.Select, v.Select, "value-of in a diagnostic", SourceSpan.None(File), (string?)null)));
        var reported = new HashSet<(string, SourceSpan)>();
        foreach (var item in items)
        {
            if (compiled.CompileError(item.Compiled) is { } error)
            {
                broken.Add(item.Expression);
                if (item.Variable is not null)
                {
                    brokenVariables.Add(item.Variable);
                }

                if (reported.Add((item.Expression, item.Where)))
                {
                    problems.Add(ValidationDiagnostics.UnsupportedExpression.At(item.Where, $"{item.What} cannot be run by the XPath 2.0 engine ({Explain(item.Expression, error)}); it is skipped: {Shorten(item.Expression)}"));
                }
            }
        }

        // A variable that cannot be computed makes every expression that uses it unrunnable too.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var item in items.Where(i => !broken.Contains(i.Expression)))
            {
                var used = Variables().Matches(item.Expression).Select(m => m.Groups[1].Value).FirstOrDefault(brokenVariables.Contains);
                if (used is null)
                {
                    continue;
                }

                broken.Add(item.Expression);
                changed = true;
                if (item.Variable is not null)
                {
                    brokenVariables.Add(item.Variable);
                }

                if (reported.Add((item.Expression, item.Where)))
                {
                    problems.Add(ValidationDiagnostics.UnsupportedExpression.At(item.Where, $"{item.What} uses ${used}, which cannot be computed; it is skipped: {Shorten(item.Expression)}"));
                }
            }
        }

        return broken;
    }

    private static string Explain(string expression, string error)
    {
        if (error.StartsWith("syntax error", StringComparison.Ordinal) && (expression.Contains("||", StringComparison.Ordinal) || expression.Contains("=>", StringComparison.Ordinal) || BangOperator().IsMatch(expression)))
        {
            return "XPath 3 syntax (||, ! or =>)";
        }

        var function = UnknownFunction().Match(error);
        return function.Success ? $"function {function.Groups[1].Value}#{function.Groups[2].Value} is not available in XPath 2.0 here" : error;
    }

    private static string Shorten(string expression)
    {
        var flat = Regex.Replace(expression.Trim(), @"\s+", " ");
        return flat.Length <= 100 ? flat : flat[..97] + "...";
    }

    [GeneratedRegex(@"\$([\w.-]+)")]
    private static partial Regex Variables();

    [GeneratedRegex(@"[^!=]![^=]")]
    private static partial Regex BangOperator();

    [GeneratedRegex(@"function '([^']+)'/(\d+) was not found")]
    private static partial Regex UnknownFunction();
}
