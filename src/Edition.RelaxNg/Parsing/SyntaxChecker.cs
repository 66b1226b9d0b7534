using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Parsing;

/// <summary>Checks a stripped schema document against the RELAX NG full syntax (spec section 3).</summary>
internal sealed class SyntaxChecker(SchemaErrors errors)
{
    private static readonly Dictionary<string, string[]> OwnAttributes = new(StringComparer.Ordinal)
    {
        ["element"] = ["name"], ["attribute"] = ["name"], ["ref"] = ["name"], ["parentRef"] = ["name"],
        ["value"] = ["type"], ["data"] = ["type"], ["param"] = ["name"], ["externalRef"] = ["href"],
        ["include"] = ["href"], ["start"] = ["combine"], ["define"] = ["name", "combine"],
    };

    private static readonly HashSet<string> Containers =
        ["group", "interleave", "choice", "optional", "zeroOrMore", "oneOrMore", "list", "mixed"];

    /// <summary>Checks a document whose root must be a pattern, or a grammar when <paramref name="grammarOnly"/>.</summary>
    public void CheckRoot(XElement root, bool grammarOnly)
    {
        if (root.Name.NamespaceName != Rng.Namespace)
        {
            errors.Report(RelaxNgErrorCodes.SchemaSyntax, root, $"'{root.Name.LocalName}' is not a RELAX NG element (namespace {Rng.Namespace})");
            return;
        }

        if (grammarOnly && !Rng.Is(root, "grammar"))
        {
            errors.Report(RelaxNgErrorCodes.SchemaSyntax, root, $"an included schema must be a 'grammar', not '{Rng.Local(root)}'");
            return;
        }

        Pattern(root);
    }

    private void Pattern(XElement e)
    {
        Attributes(e);
        var kids = e.Elements().ToList();
        switch (Rng.Local(e))
        {
            case "element" or "attribute":
                var named = e.Attribute("name") is not null;
                if (!named)
                {
                    if (kids.Count == 0)
                    {
                        Error(e, $"'{Rng.Local(e)}' needs a name attribute or a name class");
                        return;
                    }

                    NameClass(kids[0]);
                    kids.RemoveAt(0);
                }

                if (Rng.Local(e) == "element")
                {
                    Patterns(e, kids, min: 1);
                }
                else if (kids.Count > 1)
                {
                    Error(e, "'attribute' has at most one pattern");
                }
                else
                {
                    Patterns(e, kids, min: 0);
                }

                break;
            case var c when Containers.Contains(c):
                Patterns(e, kids, min: 1);
                break;
            case "ref" or "parentRef" or "empty" or "text" or "notAllowed" or "externalRef" or "value":
                NoChildren(e, kids);
                break;
            case "data":
                Data(e, kids);
                break;
            case "grammar":
                kids.ForEach(k => GrammarContent(k, inInclude: false));
                break;
            default:
                Error(e, $"'{Rng.Local(e)}' is not allowed here (a pattern was expected)");
                break;
        }
    }

    private void Patterns(XElement parent, List<XElement> kids, int min)
    {
        if (kids.Count < min)
        {
            Error(parent, $"'{Rng.Local(parent)}' needs at least {min} pattern");
        }

        kids.ForEach(Pattern);
    }

    private void Data(XElement e, List<XElement> kids)
    {
        for (var i = 0; i < kids.Count; i++)
        {
            var k = kids[i];
            if (Rng.Is(k, "param"))
            {
                Attributes(k);
                NoChildren(k, k.Elements().ToList());
            }
            else if (Rng.Is(k, "except") && i == kids.Count - 1)
            {
                Attributes(k);
                Patterns(k, k.Elements().ToList(), min: 1);
            }
            else
            {
                Error(k, $"'{Rng.Local(k)}' is not allowed in 'data' (param*, then an optional except)");
            }
        }
    }

    private void GrammarContent(XElement e, bool inInclude)
    {
        Attributes(e);
        var kids = e.Elements().ToList();
        switch (Rng.Local(e))
        {
            case "start":
                if (kids.Count != 1)
                {
                    Error(e, "'start' must contain exactly one pattern");
                }

                kids.ForEach(Pattern);
                break;
            case "define":
                Patterns(e, kids, min: 1);
                break;
            case "div":
                kids.ForEach(k => GrammarContent(k, inInclude));
                break;
            case "include" when !inInclude:
                kids.ForEach(k => GrammarContent(k, inInclude: true));
                break;
            default:
                Error(e, $"'{Rng.Local(e)}' is not allowed in a grammar (start, define, div{(inInclude ? "" : ", include")})");
                break;
        }
    }

    private void NameClass(XElement e)
    {
        Attributes(e);
        var kids = e.Elements().ToList();
        switch (Rng.Local(e))
        {
            case "name":
                NoChildren(e, kids);
                if (!XmlNameChars.IsQName(e.Value))
                {
                    Error(e, $"'{e.Value}' is not a QName");
                }

                break;
            case "anyName" or "nsName":
                if (kids.Count > 1 || (kids.Count == 1 && !Rng.Is(kids[0], "except")))
                {
                    Error(e, $"'{Rng.Local(e)}' may only contain one 'except'");
                    return;
                }

                kids.ForEach(k => NameClasses(k, k.Elements().ToList()));
                break;
            case "choice":
                NameClasses(e, kids);
                break;
            default:
                Error(e, $"'{Rng.Local(e)}' is not a name class (name, anyName, nsName, choice)");
                break;
        }
    }

    private void NameClasses(XElement parent, List<XElement> kids)
    {
        Attributes(parent);
        if (kids.Count == 0)
        {
            Error(parent, $"'{Rng.Local(parent)}' needs at least one name class");
        }

        kids.ForEach(NameClass);
    }

    private void NoChildren(XElement e, List<XElement> kids)
    {
        if (kids.Count > 0)
        {
            Error(kids[0], $"'{Rng.Local(e)}' cannot contain '{Rng.Local(kids[0])}'");
        }
    }

    private void Attributes(XElement e)
    {
        var own = OwnAttributes.GetValueOrDefault(Rng.Local(e)) ?? [];
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration || (a.Name.NamespaceName.Length > 0 && a.Name.NamespaceName != Rng.Namespace))
            {
                continue;
            }

            var name = a.Name.LocalName;
            if (a.Name.NamespaceName.Length > 0 || !(own.Contains(name) || name is "ns" or "datatypeLibrary"))
            {
                Error(e, $"attribute '{a.Name}' is not allowed on '{Rng.Local(e)}'");
            }
        }

        AttributeValues(e, own);
    }

    private void AttributeValues(XElement e, string[] own)
    {
        foreach (var required in own)
        {
            var value = e.Attribute(required)?.Value;
            if (value is null)
            {
                if (required != "combine" && !(required == "name" && Rng.Local(e) is "element" or "attribute") && !(required == "type" && Rng.Local(e) == "value"))
                {
                    Error(e, $"'{Rng.Local(e)}' needs a '{required}' attribute");
                }

                continue;
            }

            var ok = required switch
            {
                "name" when Rng.Local(e) is "element" or "attribute" => XmlNameChars.IsQName(value),
                "name" or "type" => XmlNameChars.IsNCName(value),
                "combine" => value is "choice" or "interleave",
                _ => true,
            };
            if (!ok)
            {
                Error(e, $"invalid {required} '{value}' on '{Rng.Local(e)}'");
            }
        }
    }

    private void Error(XElement at, string message) => errors.Report(RelaxNgErrorCodes.SchemaSyntax, at, message);
}
