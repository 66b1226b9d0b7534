namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Annotations (specification section 5): '##' documentation, '[ ... ]' before a construct, '>> x [ ... ]' after one,
/// and annotation elements among grammar content. They are checked (prefixes declared, names allowed, no attribute
/// twice) and dropped: RELAX NG gives foreign markup no meaning.
/// </summary>
internal sealed partial class CompactParser
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns";

    private void LeadingAnnotations()
    {
        while (Peek().Kind == CompactTokenKind.Documentation)
        {
            Next();
        }

        if (!Peek().Is("["))
        {
            return;
        }

        var open = Next();
        Enter(open);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Peek(1).Is("=") && !Peek().Is("]"))
        {
            AnnotationAttribute(foreign: true, seen);
        }

        while (!Peek().Is("]"))
        {
            AnnotationElement(foreign: true, notKeyword: false);
        }

        Next();
        Leave();
    }

    /// <summary>'>>' annotationElement, any number of times; how many.</summary>
    private int FollowAnnotations()
    {
        var count = 0;
        while (Accept(">>"))
        {
            AnnotationElement(foreign: true, notKeyword: false);
            count++;
        }

        return count;
    }

    private void AnnotationElement(bool foreign, bool notKeyword)
    {
        var name = Next();
        var allowed = name.Kind == CompactTokenKind.CName || (notKeyword ? name.IsIdentifier : name.IsIdentifierOrKeyword);
        if (!allowed)
        {
            throw Unexpected(name, "an annotation element ('name [ ... ]')");
        }

        if (name.Kind == CompactTokenKind.CName && AnnotationNamespace(name) == Rng.Namespace && foreign)
        {
            throw Error(name, "an annotation cannot be an element of the RELAX NG namespace");
        }

        Expect("[");
        Enter(name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Peek(1).Is("=") && !Peek().Is("]"))
        {
            AnnotationAttribute(foreign: false, seen);
        }

        while (!Accept("]"))
        {
            if (Peek().Kind == CompactTokenKind.Literal)
            {
                Literal();
            }
            else
            {
                AnnotationElement(foreign: false, notKeyword: false);
            }
        }

        Leave();
    }

    private void AnnotationAttribute(bool foreign, HashSet<string> seen)
    {
        var name = Next();
        string ns;
        if (name.Kind == CompactTokenKind.CName)
        {
            ns = AnnotationNamespace(name);
        }
        else if (!foreign && name.IsIdentifierOrKeyword)
        {
            ns = "";
        }
        else
        {
            throw Unexpected(name, foreign ? "an annotation attribute with a prefix ('a:name = \"...\"')" : "an attribute name");
        }

        CheckAttributeNamespace(name, ns, foreign);
        if (!seen.Add("{" + ns + "}" + name.Text[(name.Text.IndexOf(':') + 1)..]))
        {
            throw Error(name, $"the annotation attribute '{name.Text}' is given twice");
        }

        Expect("=");
        Literal();
    }

    private static void CheckAttributeNamespace(CompactToken name, string ns, bool foreign)
    {
        if (ns == XmlnsNamespace)
        {
            throw Error(name, "an annotation attribute cannot be in the xmlns namespace");
        }

        if (foreign && ns.Length == 0)
        {
            throw Error(name, $"the annotation attribute '{name.Text}' needs a namespace (its prefix is bound to \"\")");
        }

        if (foreign && ns == Rng.Namespace)
        {
            throw Error(name, "an annotation attribute cannot be in the RELAX NG namespace");
        }
    }

    /// <summary>The namespace of an annotation's prefixed name: declared, and not 'inherit'.</summary>
    private string AnnotationNamespace(CompactToken cname) =>
        environment.Namespace(Prefix(cname), cname)
        ?? throw new CompactSyntaxException(RelaxNgErrorCodes.CompactDeclaration, $"the prefix '{Prefix(cname)}' is bound to inherit, which an annotation cannot use", cname.Line, cname.Column);
}
