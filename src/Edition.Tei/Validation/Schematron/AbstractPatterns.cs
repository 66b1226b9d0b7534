using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Edition.Tei.Validation.Schematron;

/// <summary>ISO Schematron abstract patterns: an <c>is-a</c> pattern is the abstract one with each <c>$param</c> replaced by its value.</summary>
internal static class AbstractPatterns
{
    private static readonly string[] ExpressionAttributes = ["context", "test", "select", "value", "path"];

    public static XElement Instantiate(XElement template, XElement instance)
    {
        var parameters = instance.Elements(SchematronLoader.Sch + "param")
            .Where(p => p.Attribute("name") is not null)
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string?)p.Attribute("value") ?? "", StringComparer.Ordinal);
        var copy = new XElement(template);
        foreach (var attribute in copy.DescendantsAndSelf().Attributes().Where(a => ExpressionAttributes.Contains(a.Name.LocalName)))
        {
            // Longest names first is implied by the word boundary: $a does not match inside $ab.
            attribute.Value = Regex.Replace(attribute.Value, @"\$([\w.-]+)", m => parameters.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        }

        return copy;
    }
}
