using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>Grammar content: start, definitions, div, include (and the annotation elements that may stand among them).</summary>
internal sealed partial class CompactParser
{
    /// <summary>Whether the schema after its declarations is grammar content rather than one pattern.</summary>
    private bool StartsGrammar()
    {
        var k = 0;
        while (Peek(k).Kind == CompactTokenKind.Documentation)
        {
            k++;
        }

        var annotated = Peek(k).Is("[");
        if (annotated)
        {
            k = AfterBrackets(k);
        }

        var (token, next) = (Peek(k), Peek(k + 1));
        return token.Kind == CompactTokenKind.EndOfFile || token.IsKeyword("start") || token.IsKeyword("div") || token.IsKeyword("include")
            || (token.IsIdentifier && (next.Is("=") || next.Is("|=") || next.Is("&=")))
            || (!annotated && (token.IsIdentifier || token.Kind == CompactTokenKind.CName) && next.Is("["));
    }

    /// <summary>The index of the token after the bracketed annotation opening at <paramref name="k"/>.</summary>
    private int AfterBrackets(int k)
    {
        var depth = 0;
        do
        {
            var token = Peek(k++);
            if (token.Kind == CompactTokenKind.EndOfFile)
            {
                return k - 1;
            }

            depth += token.Is("[") ? 1 : token.Is("]") ? -1 : 0;
        }
        while (depth > 0);
        return k;
    }

    /// <summary>grammarContent* (includeContent* inside an include), up to '}' or the end of the file.</summary>
    private void GrammarBody(XElement parent, bool inInclude, bool braced)
    {
        while (true)
        {
            var token = Peek();
            if (braced ? token.Is("}") : token.Kind == CompactTokenKind.EndOfFile)
            {
                return;
            }

            if ((token.IsIdentifier || token.Kind == CompactTokenKind.CName) && Peek(1).Is("["))
            {
                AnnotationElement(foreign: true, notKeyword: true);
                continue;
            }

            LeadingAnnotations();
            parent.Add(Component(inInclude));
        }
    }

    private XElement Component(bool inInclude)
    {
        var token = Next();
        if (token.IsKeyword("start") || token.IsIdentifier)
        {
            var component = token.IsIdentifier ? Element("define", token, new XAttribute("name", token.Text)) : Element("start", token);
            AssignMethod(component);
            component.Add(Pattern());
            return component;
        }

        if (token.IsKeyword("div"))
        {
            var div = Element("div", token);
            Braced(token, () => GrammarBody(div, inInclude, braced: true));
            return div;
        }

        if (token.IsKeyword("include") && !inInclude)
        {
            return Include(token);
        }

        throw Unexpected(token, inInclude ? "a definition ('name = ...'), 'start' or 'div'" : "a definition ('name = ...'), 'start', 'div' or 'include'");
    }

    private void AssignMethod(XElement component)
    {
        var token = Next();
        if (token.Is("|=") || token.Is("&="))
        {
            component.SetAttributeValue("combine", token.Is("|=") ? "choice" : "interleave");
        }
        else if (!token.Is("="))
        {
            throw Unexpected(token, "'=', '|=' or '&='");
        }
    }

    private XElement Include(CompactToken at)
    {
        var include = Element("include", at, new XAttribute("href", Literal()));
        include.SetAttributeValue("ns", OptionalInherit());
        include.AddAnnotation(CompactReference.Instance);
        if (Peek().Is("{"))
        {
            Braced(at, () => GrammarBody(include, inInclude: true, braced: true));
        }

        return include;
    }

    /// <summary>'{' content '}', one level deeper.</summary>
    private void Braced(CompactToken at, Action content)
    {
        Expect("{");
        Enter(at);
        content();
        Leave();
        Expect("}");
    }
}
