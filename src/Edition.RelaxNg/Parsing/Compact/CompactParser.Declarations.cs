namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>The declarations that open a schema: namespace, default namespace, datatypes.</summary>
internal sealed partial class CompactParser
{
    private bool Declaration()
    {
        var at = Peek();
        if (at.IsKeyword("namespace"))
        {
            Next();
            var prefix = IdentifierOrKeyword("a namespace prefix");
            Expect("=");
            environment.DeclareNamespace(prefix, NamespaceUri(), at);
            return true;
        }

        if (at.IsKeyword("default") && Peek(1).IsKeyword("namespace"))
        {
            Next();
            Next();
            var prefix = Peek().IsIdentifierOrKeyword ? Next().Text : null;
            Expect("=");
            environment.DeclareDefault(prefix, NamespaceUri(), at);
            return true;
        }

        if (at.IsKeyword("datatypes"))
        {
            Next();
            var prefix = IdentifierOrKeyword("a datatypes prefix");
            Expect("=");
            environment.DeclareDatatypes(prefix, Literal(), at);
            return true;
        }

        return false;
    }

    /// <summary>namespaceURILiteral ::= literal | "inherit" (null)</summary>
    private string? NamespaceUri()
    {
        if (Peek().IsKeyword("inherit"))
        {
            Next();
            return null;
        }

        return Literal();
    }

    /// <summary>[inherit = prefix] after include and external: the ns the referenced schema inherits (null: none).</summary>
    private string? OptionalInherit()
    {
        if (!Peek().IsKeyword("inherit") || !Peek(1).Is("="))
        {
            return environment.DefaultNamespace;
        }

        Next();
        Next();
        var prefix = Peek();
        return environment.Namespace(IdentifierOrKeyword("a namespace prefix"), prefix);
    }

    private string IdentifierOrKeyword(string what)
    {
        var token = Next();
        return token.IsIdentifierOrKeyword ? token.Text : throw Unexpected(token, what);
    }
}
