using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Patterns. There is no precedence: one pattern joins its particles with one of ',', '|', '&amp;' only, and a datatype
/// with an except ('xsd:string - "x"') stands alone; anything else needs parentheses.
/// </summary>
internal sealed partial class CompactParser
{
    /// <summary>Whether the last particle read ended with following annotations (>>), which a top-level pattern may not.</summary>
    private bool trailingAnnotations;

    private XElement Pattern()
    {
        var start = Peek();
        Enter(start);
        var first = Particle(allowExcept: true, out var isExcept);
        var op = Peek();
        if (isExcept || !IsCombinator(op))
        {
            if (isExcept && (IsCombinator(op) || op.Is("*") || op.Is("+") || op.Is("?")))
            {
                throw Error(op, $"a datatype with an except ('- ...') must be put in parentheses to be combined with '{op.Text}'");
            }

            Leave();
            return first;
        }

        var container = Element(op.Text switch { "," => "group", "|" => "choice", _ => "interleave" }, start, first);
        while (Accept(op.Text))
        {
            container.Add(Particle(allowExcept: false, out _));
        }

        if (IsCombinator(Peek()))
        {
            throw Error(Peek(), $"'{op.Text}' and '{Peek().Text}' cannot be mixed without parentheses: write (a {op.Text} b) {Peek().Text} c or a {op.Text} (b {Peek().Text} c)");
        }

        trailingAnnotations = false;
        Leave();
        return container;
    }

    private static bool IsCombinator(CompactToken token) => token.Is(",") || token.Is("|") || token.Is("&");

    /// <summary>A primary or parenthesized pattern with its annotations, then '*', '+' or '?'; or a datatype with an except.</summary>
    private XElement Particle(bool allowExcept, out bool isExcept)
    {
        LeadingAnnotations();
        var at = Peek();
        isExcept = false;
        XElement particle;
        if (Accept("("))
        {
            particle = Pattern();
            Expect(")");
        }
        else
        {
            particle = Primary();
            isExcept = particle.Name == Rng.Name("data") && Peek().Is("-");
            if (isExcept && !allowExcept)
            {
                throw Error(Peek(), "a datatype with an except ('- ...') must be put in parentheses to be combined with other patterns");
            }

            if (isExcept)
            {
                particle.Add(Element("except", Next(), ExceptOperand()));
            }
        }

        var follows = FollowAnnotations();
        if (!isExcept && (Peek().Is("*") || Peek().Is("+") || Peek().Is("?")))
        {
            var op = Next();
            particle = Element(op.Text switch { "*" => "zeroOrMore", "+" => "oneOrMore", _ => "optional" }, at, particle);
            follows = FollowAnnotations();
        }

        trailingAnnotations = follows > 0;
        return particle;
    }

    /// <summary>After '-': an annotated primary, or a parenthesized pattern.</summary>
    private XElement ExceptOperand()
    {
        LeadingAnnotations();
        if (!Accept("("))
        {
            return Primary();
        }

        var pattern = Pattern();
        Expect(")");
        return pattern;
    }

    private XElement Primary()
    {
        if (Peek().Kind == CompactTokenKind.Literal)
        {
            return Value(Peek(), "", "token", Literal());
        }

        var token = Next();
        return token.Kind switch
        {
            CompactTokenKind.Keyword => KeywordPrimary(token),
            CompactTokenKind.Identifier or CompactTokenKind.QuotedIdentifier => Element("ref", token, new XAttribute("name", token.Text)),
            CompactTokenKind.CName => Datatype(token, environment.Datatypes(token.Text[..token.Text.IndexOf(':')], token), token.Text[(token.Text.IndexOf(':') + 1)..]),
            _ => throw Unexpected(token, "a pattern"),
        };
    }

    private XElement KeywordPrimary(CompactToken token)
    {
        switch (token.Text)
        {
            case "element" or "attribute":
                var nameClass = NameClass(token.Text == "element");
                return Element(token.Text, token, nameClass, BracedPattern(token));
            case "list" or "mixed":
                return Element(token.Text, token, BracedPattern(token));
            case "empty" or "notAllowed" or "text":
                return Element(token.Text, token);
            case "string" or "token":
                return Datatype(token, "", token.Text);
            case "parent":
                var name = Next();
                return name.IsIdentifier ? Element("parentRef", token, new XAttribute("name", name.Text)) : throw Unexpected(name, "the name of a definition after 'parent'");
            case "grammar":
                var grammar = Element("grammar", token);
                Braced(token, () => GrammarBody(grammar, inInclude: false, braced: true));
                return grammar;
            case "external":
                var external = Element("externalRef", token, new XAttribute("href", Literal()), NsAttribute(OptionalInherit()));
                external.AddAnnotation(CompactReference.Instance);
                return external;
            default:
                throw Unexpected(token, "a pattern (a keyword used as a name must be quoted: \\" + token.Text + ")");
        }
    }

    private XElement BracedPattern(CompactToken at)
    {
        XElement? pattern = null;
        Braced(at, () => pattern = Pattern());
        return pattern!;
    }

    /// <summary>datatypeName followed by a value literal, or by optional parameters.</summary>
    private XElement Datatype(CompactToken token, string library, string type)
    {
        if (Peek().Kind == CompactTokenKind.Literal)
        {
            return Value(token, library, type, Literal());
        }

        var data = Element("data", token, new XAttribute("type", type), new XAttribute("datatypeLibrary", library));
        if (Peek().Is("{"))
        {
            Braced(token, () => Params(data));
        }

        return data;
    }

    private void Params(XElement data)
    {
        while (!Peek().Is("}"))
        {
            LeadingAnnotations();
            var name = Next();
            if (!name.IsIdentifierOrKeyword)
            {
                throw Unexpected(name, "a parameter ('name = \"value\"') or '}'");
            }

            Expect("=");
            data.Add(Element("param", name, new XAttribute("name", name.Text), Literal()));
        }
    }

    private static XElement Value(CompactToken token, string library, string type, string value) =>
        Element("value", token, new XAttribute("type", type), new XAttribute("datatypeLibrary", library), value);
}
