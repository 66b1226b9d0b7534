using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Name classes: a name, <c>prefix:*</c> or <c>*</c> (the last two with an optional <c>- except</c>), joined by '|'.
/// An unprefixed name takes the default namespace for an element and no namespace for an attribute.
/// </summary>
internal sealed partial class CompactParser
{
    private XElement NameClass(bool isElement)
    {
        var start = Peek();
        Enter(start);
        var first = SimpleOrExceptNameClass(isElement, allowExcept: true, out var isExcept);
        if (!Peek().Is("|"))
        {
            Leave();
            return first;
        }

        if (isExcept)
        {
            throw Error(Peek(), "a name class with an except ('- ...') must be put in parentheses to be combined with '|'");
        }

        var choice = Element("choice", start, first);
        while (Accept("|"))
        {
            choice.Add(SimpleOrExceptNameClass(isElement, allowExcept: false, out _));
        }

        Leave();
        return choice;
    }

    private XElement SimpleOrExceptNameClass(bool isElement, bool allowExcept, out bool isExcept)
    {
        LeadingAnnotations();
        isExcept = false;
        XElement nameClass;
        if (Accept("("))
        {
            nameClass = NameClass(isElement);
            Expect(")");
        }
        else
        {
            var token = Next();
            nameClass = SimpleNameClass(token, isElement);
            isExcept = (token.Kind == CompactTokenKind.NsName || token.Is("*")) && Peek().Is("-");
            if (isExcept && !allowExcept)
            {
                throw Error(Peek(), "a name class with an except ('- ...') must be put in parentheses to be combined with '|'");
            }

            if (isExcept)
            {
                nameClass.Add(Element("except", Next(), ExceptNameClass(isElement)));
            }
        }

        FollowAnnotations();
        return nameClass;
    }

    /// <summary>After '-': an annotated simple name class, or a parenthesized name class.</summary>
    private XElement ExceptNameClass(bool isElement)
    {
        LeadingAnnotations();
        if (!Accept("("))
        {
            return SimpleNameClass(Next(), isElement);
        }

        var nameClass = NameClass(isElement);
        Expect(")");
        return nameClass;
    }

    private XElement SimpleNameClass(CompactToken token, bool isElement)
    {
        if (token.IsIdentifierOrKeyword)
        {
            return Element("name", token, NsAttribute(isElement ? environment.DefaultNamespace : ""), token.Text);
        }

        return token.Kind switch
        {
            CompactTokenKind.CName => Element("name", token, NsAttribute(environment.Namespace(Prefix(token), token)), token.Text[(token.Text.IndexOf(':') + 1)..]),
            CompactTokenKind.NsName => Element("nsName", token, NsAttribute(environment.Namespace(token.Text, token))),
            _ when token.Is("*") => Element("anyName", token),
            _ => throw Unexpected(token, "a name, 'prefix:*' or '*'"),
        };
    }

    private static string Prefix(CompactToken cname) => cname.Text[..cname.Text.IndexOf(':')];
}
