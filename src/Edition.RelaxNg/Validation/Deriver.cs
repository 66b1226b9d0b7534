using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>
/// James Clark's derivatives ("An algorithm for RELAX NG validation"), memoised on interned patterns.
/// Attributes are handled like elements: <see cref="StartAttribute"/> then <see cref="AttributeValue"/>,
/// so the costly part is memoised by name. One instance serves one validation at a time (no locks);
/// the schema keeps a pool of them so warm memo tables carry over between documents.
/// </summary>
internal sealed class Deriver(PatternBuilder schemaPatterns)
{
    private readonly Dictionary<(int, QualifiedName), Pattern> startTagMemo = [];
    private readonly Dictionary<(int, QualifiedName), Pattern> startAttributeMemo = [];
    private readonly Dictionary<int, Pattern> textMemo = [];
    private readonly Dictionary<int, Pattern> closeMemo = [];
    private readonly Dictionary<int, Pattern> endMemo = [];

    public PatternBuilder Builder { get; } = new(schemaPatterns);

    /// <summary>Rough count of cached entries, to retire a cache that grew too large.</summary>
    public int Size => Builder.Count + startTagMemo.Count + startAttributeMemo.Count + textMemo.Count;

    public Pattern StartTagOpen(Pattern p, QualifiedName name)
    {
        if (p.Kind is PatternKind.Empty or PatternKind.NotAllowed or PatternKind.Text or PatternKind.Data or PatternKind.Value
            or PatternKind.List or PatternKind.Attribute)
        {
            return LeafPattern.NotAllowed;
        }

        if (p is ElementPattern e)
        {
            return e.Name.Contains(name) ? Builder.After(e.Content, LeafPattern.Empty) : LeafPattern.NotAllowed;
        }

        if (startTagMemo.TryGetValue((p.Id, name), out var known))
        {
            return known;
        }

        var b = Builder;
        var result = p switch
        {
            BinaryPattern { Kind: PatternKind.Choice } c => b.Choice(StartTagOpen(c.Left, name), StartTagOpen(c.Right, name)),
            BinaryPattern { Kind: PatternKind.Interleave } i => b.Choice(
                ApplyAfter(new(PatternKind.Interleave, i.Right, false), StartTagOpen(i.Left, name)),
                ApplyAfter(new(PatternKind.Interleave, i.Left, true), StartTagOpen(i.Right, name))),
            BinaryPattern { Kind: PatternKind.Group } g => GroupStart(g, name),
            BinaryPattern a => ApplyAfter(new(PatternKind.After, a.Right, false), StartTagOpen(a.Left, name)),
            UnaryPattern u => ApplyAfter(new(PatternKind.Group, b.Choice(u, LeafPattern.Empty), false), StartTagOpen(u.Child, name)),
            _ => LeafPattern.NotAllowed,
        };
        startTagMemo[(p.Id, name)] = result;
        return result;
    }

    public Pattern StartAttribute(Pattern p, QualifiedName name)
    {
        if (!p.HasAttributes)
        {
            return LeafPattern.NotAllowed;
        }

        if (p is AttributePattern a)
        {
            return a.Name.Contains(name) ? Builder.After(a.Content, LeafPattern.Empty) : LeafPattern.NotAllowed;
        }

        if (startAttributeMemo.TryGetValue((p.Id, name), out var known))
        {
            return known;
        }

        var result = p switch
        {
            BinaryPattern { Kind: PatternKind.Choice } c => Builder.Choice(StartAttribute(c.Left, name), StartAttribute(c.Right, name)),
            BinaryPattern { Kind: PatternKind.Group or PatternKind.Interleave } g => Builder.Choice(
                ApplyAfter(new(g.Kind, g.Right, false), StartAttribute(g.Left, name)),
                ApplyAfter(new(g.Kind, g.Left, true), StartAttribute(g.Right, name))),
            BinaryPattern after => ApplyAfter(new(PatternKind.After, after.Right, false), StartAttribute(after.Left, name)),
            UnaryPattern u => ApplyAfter(new(PatternKind.Group, Builder.Choice(u, LeafPattern.Empty), false), StartAttribute(u.Child, name)),
            _ => LeafPattern.NotAllowed,
        };
        startAttributeMemo[(p.Id, name)] = result;
        return result;
    }

    /// <summary>After <see cref="StartAttribute"/>: keeps the alternatives whose value pattern matches.</summary>
    public Pattern AttributeValue(Pattern p, string value, IDatatypeContext context) => p switch
    {
        BinaryPattern { Kind: PatternKind.After } a => ValueMatches(a.Left, value, context) ? a.Right : LeafPattern.NotAllowed,
        BinaryPattern { Kind: PatternKind.Choice } c => Builder.Choice(AttributeValue(c.Left, value, context), AttributeValue(c.Right, value, context)),
        _ => LeafPattern.NotAllowed,
    };

    /// <summary>Recovery: the attribute counts as present whatever its value.</summary>
    public Pattern AttributeAnyValue(Pattern p) => p switch
    {
        BinaryPattern { Kind: PatternKind.After } a => a.Right,
        BinaryPattern { Kind: PatternKind.Choice } c => Builder.Choice(AttributeAnyValue(c.Left), AttributeAnyValue(c.Right)),
        _ => LeafPattern.NotAllowed,
    };

    public bool ValueMatches(Pattern p, string value, IDatatypeContext context) =>
        (p.Nullable && Whitespace.IsAllSpace(value)) || Text(p, value, context).Nullable;

    public Pattern Text(Pattern p, string text, IDatatypeContext context)
    {
        if (p.TextSensitive)
        {
            return TextCore(p, text, context);
        }

        if (!textMemo.TryGetValue(p.Id, out var result))
        {
            result = TextCore(p, text, context);
            textMemo[p.Id] = result;
        }

        return result;
    }

    public Pattern StartTagClose(Pattern p, bool lenient = false)
    {
        if (!p.HasAttributes)
        {
            return p;
        }

        if (!lenient && closeMemo.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        var b = Builder;
        var result = p switch
        {
            AttributePattern => lenient ? LeafPattern.Empty : LeafPattern.NotAllowed,
            BinaryPattern { Kind: PatternKind.Choice } c => b.Choice(StartTagClose(c.Left, lenient), StartTagClose(c.Right, lenient)),
            BinaryPattern { Kind: PatternKind.Group } g => b.Group(StartTagClose(g.Left, lenient), StartTagClose(g.Right, lenient)),
            BinaryPattern { Kind: PatternKind.Interleave } i => b.Interleave(StartTagClose(i.Left, lenient), StartTagClose(i.Right, lenient)),
            BinaryPattern a => b.After(StartTagClose(a.Left, lenient), a.Right),
            UnaryPattern u => b.OneOrMore(StartTagClose(u.Child, lenient)),
            _ => p,
        };
        if (!lenient)
        {
            closeMemo[p.Id] = result;
        }

        return result;
    }

    public Pattern EndTag(Pattern p, bool lenient = false)
    {
        if (!lenient && endMemo.TryGetValue(p.Id, out var known))
        {
            return known;
        }

        var result = p switch
        {
            BinaryPattern { Kind: PatternKind.Choice } c => Builder.Choice(EndTag(c.Left, lenient), EndTag(c.Right, lenient)),
            BinaryPattern { Kind: PatternKind.After } a => lenient || a.Left.Nullable ? a.Right : LeafPattern.NotAllowed,
            _ => LeafPattern.NotAllowed,
        };
        if (!lenient)
        {
            endMemo[p.Id] = result;
        }

        return result;
    }

    private Pattern GroupStart(BinaryPattern g, QualifiedName name)
    {
        var x = ApplyAfter(new(PatternKind.Group, g.Right, false), StartTagOpen(g.Left, name));
        return g.Left.Nullable ? Builder.Choice(x, StartTagOpen(g.Right, name)) : x;
    }

    private Pattern ApplyAfter(AfterOperation op, Pattern p) => p switch
    {
        BinaryPattern { Kind: PatternKind.After } a => Builder.After(a.Left, op.Apply(Builder, a.Right)),
        BinaryPattern { Kind: PatternKind.Choice } c => Builder.Choice(ApplyAfter(op, c.Left), ApplyAfter(op, c.Right)),
        _ => LeafPattern.NotAllowed,
    };

    private Pattern TextCore(Pattern p, string text, IDatatypeContext context)
    {
        var b = Builder;
        switch (p)
        {
            case { Kind: PatternKind.Text }:
                return p;
            case BinaryPattern { Kind: PatternKind.Choice } c:
                return b.Choice(Text(c.Left, text, context), Text(c.Right, text, context));
            case BinaryPattern { Kind: PatternKind.Interleave } i:
                return b.Choice(b.Interleave(Text(i.Left, text, context), i.Right), b.Interleave(i.Left, Text(i.Right, text, context)));
            case BinaryPattern { Kind: PatternKind.Group } g:
                var x = b.Group(Text(g.Left, text, context), g.Right);
                return g.Left.Nullable ? b.Choice(x, Text(g.Right, text, context)) : x;
            case BinaryPattern a:
                return b.After(Text(a.Left, text, context), a.Right);
            case UnaryPattern { Kind: PatternKind.OneOrMore } u:
                return b.Group(Text(u.Child, text, context), b.Choice(u, LeafPattern.Empty));
            case UnaryPattern list:
                var q = list.Child;
                foreach (var token in Whitespace.Tokens(text))
                {
                    q = Text(q, token, context);
                }

                return q.Nullable ? LeafPattern.Empty : LeafPattern.NotAllowed;
            case ValuePattern v:
                return v.Datatype.Parse(text, context) is { } value && v.Datatype.SameValue(v.Value, value) ? LeafPattern.Empty : LeafPattern.NotAllowed;
            case DataPattern d:
                var ok = d.Datatype.IsValid(text, context) && (d.Except is null || !Text(d.Except, text, context).Nullable);
                return ok ? LeafPattern.Empty : LeafPattern.NotAllowed;
            default:
                return LeafPattern.NotAllowed;
        }
    }
}
