using System.Text.RegularExpressions;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// Expressions XPath2 1.1.5 compiles but evaluates wrongly (checked in SchematronEngineTests): its preceding
/// axis also returns ancestors, and on reverse axes a positional predicate after another predicate counts in
/// document order. Running them would report false findings, so they are reported as engine gaps instead.
/// </summary>
internal static partial class KnownDefects
{
    public static string? Find(string expression)
    {
        if (PrecedingAxis().IsMatch(expression))
        {
            return "known XPath2 defect: the preceding axis also returns ancestors and counts positions in document order";
        }

        return ReversePositional().IsMatch(expression)
            ? "known XPath2 defect: a positional predicate after another predicate on a reverse axis counts in document order"
            : null;
    }

    [GeneratedRegex(@"(?<![\w-])preceding::")]
    private static partial Regex PrecedingAxis();

    [GeneratedRegex(@"(?:ancestor|ancestor-or-self|preceding-sibling)::[\w:*().-]+\s*\[(?:[^\[\]]|\[[^\]]*\])*\]\s*\[\s*(?:\d+|last\(\))\s*\]")]
    private static partial Regex ReversePositional();
}
