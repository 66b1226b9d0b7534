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
    private readonly List<string> _gapReasons = [];

    private SchematronSchema(string file, SchModel model, string? phase, List<Diagnostic> problems, bool allowIncomplete)
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
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        Broken = FindBroken(compiled, problems, invalid, allowIncomplete);
        SkippedRules = model.Patterns.SelectMany(p => p.Rules).Where(r => ExpressionsOf(r).Any(invalid.Contains)).ToHashSet<object>(ReferenceEqualityComparer.Instance);
        IsRunnable = invalid.Count == 0 || allowIncomplete;
        if (allowIncomplete && invalid.Count > 0)
        {
            problems.Add(ValidationDiagnostics.RulesSkipped.At(SourceSpan.None(file), SkippedRules.Count, model.Patterns.Sum(p => p.Rules.Count)));
        }

        if (IsRunnable && EngineGapSummary() is { } gaps)
        {
            problems.Add(gaps);
        }

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
            var checks = ActivePatterns.SelectMany(p => p.Rules.Where(r => !Broken.Contains(r.Context) && !SkippedRules.Contains(r))).SelectMany(r => r.Checks).ToList();
            return (ActivePatterns.SelectMany(p => p.Rules).Sum(r => r.Checks.Count), checks.Count(c => !Broken.Contains(c.Test)));
        }
    }

    internal SchModel Model { get; }

    internal SchPhase? ActivePhase { get; }

    internal IReadOnlyList<SchPattern> ActivePatterns { get; }

    /// <summary>Expressions (as written) that cannot be compiled, or that use a variable that cannot.</summary>
    internal IReadOnlySet<string> Broken { get; }

    /// <summary>Rules left out because an expression of theirs does not compile (only with allowIncomplete).</summary>
    internal IReadOnlySet<object> SkippedRules { get; }

    /// <summary>False when an expression does not compile and incomplete rules are not allowed: nothing is run.</summary>
    public bool IsRunnable { get; }

    /// <param name="phase">A phase id, <c>#ALL</c>, or null for the schema's defaultPhase.</param>
    /// <param name="allowIncomplete">Run the schema without the rules whose expressions do not compile (else it runs nothing).</param>
    public static SchematronSchema Load(string path, string? phase = null, bool allowIncomplete = false)
    {
        var problems = new List<Diagnostic>();
        var model = SchematronLoader.Load(path, problems) ?? new SchModel([], [], [], new Dictionary<string, SchPhase>(), new Dictionary<string, IReadOnlyList<MessagePart>>(), null);
        return new SchematronSchema(Edition.Core.Source.SourcePaths.Display(path), model, phase, problems, allowIncomplete);
    }

    /// <summary>Runs the active patterns over a document; thread-safe.</summary>
    public IReadOnlyList<SchematronFinding> Validate(XDocument document)
    {
        if (!IsRunnable)
        {
            return [];
        }

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

    private HashSet<string> FindBroken(CompiledExpressions compiled, List<Diagnostic> problems, HashSet<string> invalid, bool allowIncomplete)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var brokenVariables = new HashSet<string>(StringComparer.Ordinal);
        var items = Expressions();
        var reported = new HashSet<(string, SourceSpan)>();
        foreach (var item in items)
        {
            if (compiled.CompileError(item.Compiled) is not { } error)
            {
                continue;
            }

            broken.Add(item.Expression);
            if (item.Variable is not null)
            {
                brokenVariables.Add(item.Variable);
            }

            if (!reported.Add((item.Expression, item.Where)))
            {
                continue;
            }

            var (unsupported, explanation) = CompileFailures.Classify(item.Expression, error, Model.XslFunctions);
            _gapReasons.Add(unsupported ? explanation : "");
            if (unsupported)
            {
                problems.Add(ValidationDiagnostics.UnsupportedExpression.At(item.Where, $"{item.What} cannot be run by the XPath 2.0 engine ({explanation}); it is skipped: {Shorten(item.Expression)}"));
                continue;
            }

            invalid.Add(item.Expression);
            var problem = ValidationDiagnostics.ExpressionDoesNotCompile.At(item.Where, $"{item.What} does not compile ({explanation}): {Shorten(item.Expression)}");
            problems.Add(allowIncomplete ? problem with { Severity = Severity.Warning } : problem);
        }

        PropagateBrokenVariables(items, broken, brokenVariables, reported, problems);
        return broken;
    }

    // A variable that cannot be computed makes every expression that uses it unrunnable too.
    private void PropagateBrokenVariables(List<ExpressionItem> items, HashSet<string> broken, HashSet<string> brokenVariables, HashSet<(string, SourceSpan)> reported, List<Diagnostic> problems)
    {
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
                    _gapReasons.Add($"uses ${used}");
                    problems.Add(ValidationDiagnostics.UnsupportedExpression.At(item.Where, $"{item.What} uses ${used}, which cannot be computed; it is skipped: {Shorten(item.Expression)}"));
                }
            }
        }
    }

    /// <summary>Every expression of the schema, with what it is and where.</summary>
    private List<ExpressionItem> Expressions()
    {
        var items = new List<ExpressionItem>();
        foreach (var let in Model.Lets.Concat(Model.Phases.Values.SelectMany(p => p.Lets)))
        {
            items.Add(new(let.Value, let.Value, $"let '{let.Name}'", let.Location, let.Name));
        }

        foreach (var key in Model.Keys)
        {
            items.Add(new(key.Match, RuleContexts.ToSelection(key.Match), $"xsl:key '{key.Name}' match", key.Location, null));
            items.Add(new(key.Use, key.Use, $"xsl:key '{key.Name}' use", key.Location, null));
        }

        foreach (var pattern in Model.Patterns)
        {
            items.AddRange(pattern.Lets.Select(l => new ExpressionItem(l.Value, l.Value, $"let '{l.Name}'", l.Location, l.Name)));
            foreach (var rule in pattern.Rules)
            {
                items.Add(new(rule.Context, RuleContexts.ToSelection(rule.Context), "rule context", rule.Location, null));
                items.AddRange(rule.Lets.Select(l => new ExpressionItem(l.Value, l.Value, $"let '{l.Name}'", l.Location, l.Name)));
                foreach (var check in rule.Checks)
                {
                    var kind = check.IsAssert ? "assert" : "report";
                    items.Add(new(check.Test, check.Test, kind + " test", check.Location, null));
                    items.AddRange(check.Message.OfType<ValueOfPart>().Select(v => new ExpressionItem(v.Select, v.Select, "value-of in the " + kind + " message", check.Location, null)));
                }
            }
        }

        items.AddRange(Model.Diagnostics.Values.SelectMany(d => d).OfType<ValueOfPart>().Select(v => new ExpressionItem(v.Select, v.Select, "value-of in a diagnostic", SourceSpan.None(File), null)));
        return items;
    }

    private static IEnumerable<string> ExpressionsOf(SchRule rule) =>
        rule.Lets.Select(l => l.Value).Prepend(rule.Context)
            .Concat(rule.Checks.SelectMany(c => c.Message.OfType<ValueOfPart>().Select(v => v.Select).Prepend(c.Test)));

    /// <summary>Before any verdict: how many checks will not run, and why (functions counted by name).</summary>
    private Diagnostic? EngineGapSummary()
    {
        var (total, runnable) = CheckCount;
        if (runnable == total)
        {
            return null;
        }

        var reasons = _gapReasons.Where(r => r.Length > 0)
            .Select(r => GapFunction().Match(r) is { Success: true } m ? "function " + m.Groups[1].Value : r.StartsWith("uses $", StringComparison.Ordinal) ? "a variable that cannot be computed" : r.StartsWith("known XPath2 defect", StringComparison.Ordinal) ? "a known XPath2 defect" : r)
            .GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ×{g.Count()}");
        return ValidationDiagnostics.EngineGaps.At(SourceSpan.None(File), total - runnable, total, string.Join(", ", reasons));
    }

    private static string Shorten(string expression)
    {
        var flat = Regex.Replace(expression.Trim(), @"\s+", " ");
        return flat.Length <= 100 ? flat : flat[..97] + "...";
    }

    [GeneratedRegex(@"\$([\w.-]+)")]
    private static partial Regex Variables();

    [GeneratedRegex(@"^function (\S+) ")]
    private static partial Regex GapFunction();

    private sealed record ExpressionItem(string Expression, string Compiled, string What, SourceSpan Where, string? Variable);
}
