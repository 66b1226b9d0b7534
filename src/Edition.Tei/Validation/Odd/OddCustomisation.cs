using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Tei.Validation.Odd;

/// <summary>
/// The subset of ODD that edition.odd uses: <c>moduleRef/@include</c> (the elements kept) and
/// <c>elementSpec[@mode='change']/attList/attDef[@mode='change']</c> with <c>@usage</c> and a closed <c>valList</c>.
/// Anything else in a schemaSpec is rejected, so the compiler never silently ignores a change.
/// </summary>
public sealed record OddCustomisation(string Ident, string Start, IReadOnlySet<string> Elements, IReadOnlyList<OddAttributeChange> Changes)
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    public static OddCustomisation Read(string path)
    {
        var spec = SafeXml.Load(path).Descendants(Tei + "schemaSpec").Single();
        var elements = new SortedSet<string>(StringComparer.Ordinal);
        var changes = new List<OddAttributeChange>();
        foreach (var child in spec.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "moduleRef":
                    elements.UnionWith(((string?)child.Attribute("include") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "elementSpec" when (string?)child.Attribute("mode") == "change":
                    foreach (var att in child.Elements(Tei + "attList").Elements(Tei + "attDef"))
                    {
                        if ((string?)att.Attribute("mode") != "change")
                        {
                            throw new NotSupportedException($"attDef mode '{(string?)att.Attribute("mode")}' on {(string?)child.Attribute("ident")} is not supported by the ODD compiler (only mode=\"change\")");
                        }

                        var values = att.Elements(Tei + "valList").Where(v => (string?)v.Attribute("type") == "closed").Elements(Tei + "valItem").Select(v => (string)v.Attribute("ident")!).ToList();
                        changes.Add(new OddAttributeChange((string)child.Attribute("ident")!, (string)att.Attribute("ident")!, (string?)att.Attribute("usage") == "req", values));
                    }

                    break;
                default:
                    throw new NotSupportedException($"<{child.Name.LocalName}> in schemaSpec is not supported by the ODD compiler");
            }
        }

        return new OddCustomisation((string?)spec.Attribute("ident") ?? "edition", (string?)spec.Attribute("start") ?? "TEI", elements, changes);
    }
}
