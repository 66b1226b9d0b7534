using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Reads a compact-syntax schema (RELAX NG Compact Syntax, OASIS Committee Specification 21 November 2002) into the
/// element tree of the XML syntax it translates to (specification A.1), each element annotated with the position of
/// its construct. Annotations are checked and dropped, as the XML loader drops foreign elements. Stops at the first error.
/// </summary>
internal sealed partial class CompactParser
{
    /// <summary>How deep patterns, name classes, annotations and grammars may nest (real schemas stay under 30).</summary>
    public const int MaxDepth = 500;

    private readonly CompactLexer lexer;
    private readonly List<CompactToken> ahead = [];
    private int head;
    private readonly CompactEnvironment environment = new();
    private int depth;

    private CompactParser(string text) => lexer = new CompactLexer(text);

    public static XElement Parse(string text) => new CompactParser(text).TopLevel();

    /// <summary>topLevel ::= decl* (pattern | grammarContent*)</summary>
    private XElement TopLevel()
    {
        while (Declaration())
        {
        }

        var first = Peek();
        if (StartsGrammar())
        {
            var grammar = Element("grammar", first);
            GrammarBody(grammar, inInclude: false, braced: false);
            return grammar;
        }

        var pattern = Pattern();
        if (trailingAnnotations)
        {
            throw Error(first, "a schema that is a single pattern cannot end with a following annotation (>>)");
        }

        var end = Peek();
        return end.Kind == CompactTokenKind.EndOfFile ? pattern : throw Unexpected(end, "the end of the file (or an operator between patterns)");
    }

    /// <summary>The token <paramref name="k"/> places ahead; the tokens looked at but not yet read are kept from <see cref="head"/> on.</summary>
    private CompactToken Peek(int k = 0)
    {
        while (ahead.Count - head <= k)
        {
            ahead.Add(lexer.Next());
        }

        return ahead[head + k];
    }

    private CompactToken Next()
    {
        var token = Peek();
        if (token.Kind == CompactTokenKind.EndOfFile)
        {
            return token;
        }

        head++;
        if (head == ahead.Count || (head > 4096 && head * 2 > ahead.Count))
        {
            // Dropped in blocks, not one by one: a long look ahead (a huge leading annotation) stays linear.
            ahead.RemoveRange(0, head);
            head = 0;
        }

        return token;
    }

    private bool Accept(string punctuation)
    {
        if (!Peek().Is(punctuation))
        {
            return false;
        }

        Next();
        return true;
    }

    private CompactToken Expect(string punctuation)
    {
        var token = Next();
        return token.Is(punctuation) ? token : throw Unexpected(token, $"'{punctuation}'");
    }

    private void Enter(CompactToken at)
    {
        if (++depth > MaxDepth)
        {
            throw new CompactSyntaxException(RelaxNgErrorCodes.CompactTooDeep, $"the schema nests deeper than {MaxDepth} levels", at.Line, at.Column);
        }
    }

    private void Leave() => depth--;

    /// <summary>A literal: one or more segments joined by '~'.</summary>
    private string Literal()
    {
        var token = Next();
        if (token.Kind != CompactTokenKind.Literal)
        {
            throw Unexpected(token, "a literal (\"...\")");
        }

        var value = token.Text;
        while (Accept("~"))
        {
            var next = Next();
            value += next.Kind == CompactTokenKind.Literal ? next.Text : throw Unexpected(next, "a literal after '~'");
        }

        return value;
    }

    private static XElement Element(string localName, CompactToken at, params object?[] content)
    {
        var element = new XElement(Rng.Name(localName), content);
        element.AddAnnotation(new SchemaPosition(at.Line, at.Column));
        return element;
    }

    private static XAttribute? NsAttribute(string? ns) => ns is null ? null : new XAttribute("ns", ns);

    private static CompactSyntaxException Error(CompactToken at, string message) =>
        new(RelaxNgErrorCodes.CompactSyntax, message, at.Line, at.Column);

    private static CompactSyntaxException Unexpected(CompactToken at, string expected) => Error(at, $"expected {expected}, found {at.Describe()}");
}
