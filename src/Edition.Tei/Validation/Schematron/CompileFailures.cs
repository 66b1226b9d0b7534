using System.Text.RegularExpressions;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// Tells an expression that is wrong (it compiles under no XPath version: a syntax error, an unknown function or
/// prefix) from one this engine cannot run though the schema is right (XPath 3 syntax, a standard function the
/// engine lacks, an xsl:function, a known engine defect). The first makes the schema unusable; the second is a gap.
/// </summary>
internal static partial class CompileFailures
{
    /// <param name="xslFunctions">The prefixed names of the schema's xsl:function declarations.</param>
    public static (bool Unsupported, string Explanation) Classify(string expression, string error, IReadOnlySet<string> xslFunctions)
    {
        if (error.StartsWith("known XPath2 defect", StringComparison.Ordinal))
        {
            return (true, error);
        }

        if (error.StartsWith("syntax error", StringComparison.Ordinal) && IsXPath3(expression))
        {
            return (true, "XPath 3 syntax (||, ! or =>)");
        }

        var function = UnknownFunction().Match(error);
        if (!function.Success)
        {
            return (false, error);
        }

        var (name, arity) = (function.Groups[1].Value, function.Groups[2].Value);
        var prefix = PrefixOf(expression, name);
        var shown = (prefix is null ? "" : prefix + ":") + name + "#" + arity;
        if (StandardFunctions.Contains(prefix, name))
        {
            return (true, $"function {shown} is not implemented by this engine");
        }

        return prefix is not null && xslFunctions.Contains(prefix + ":" + name)
            ? (true, $"function {shown} is an xsl:function, which this engine does not run")
            : (false, $"unknown function {shown}: neither a standard function nor declared in the schema");
    }

    private static bool IsXPath3(string expression) =>
        expression.Contains("||", StringComparison.Ordinal) || expression.Contains("=>", StringComparison.Ordinal) || BangOperator().IsMatch(expression);

    /// <summary>The prefix the expression calls <paramref name="name"/> with (null when it calls it unprefixed).</summary>
    private static string? PrefixOf(string expression, string name)
    {
        foreach (Match call in Calls().Matches(expression))
        {
            if (call.Groups[2].Value == name)
            {
                return call.Groups[1].Success ? call.Groups[1].Value : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[^!=]![^=]")]
    private static partial Regex BangOperator();

    [GeneratedRegex(@"function '([^']+)'/(\d+) was not found")]
    private static partial Regex UnknownFunction();

    [GeneratedRegex(@"(?<![\w.:$-])(?:([\w.-]+):)?([\w.-]+)\s*\(")]
    private static partial Regex Calls();
}
