using Edition.RelaxNg.Parsing;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>Spec section 7 on the pattern graph: prohibited paths, string sequences, attribute and interleave rules.</summary>
internal sealed class RestrictionChecker(SchemaErrors errors)
{
    private readonly HashSet<(int, Context)> visited = [];
    private readonly HashSet<int> checkedPairs = [];
    private readonly ContentTypes contentTypes = new();
    private readonly NameSets names = new();
    private SourceLocation where;

    [Flags]
    private enum Context
    {
        None = 0,
        Attribute = 1,
        OneOrMore = 2,
        OneOrMoreGroup = 4,
        List = 8,
        DataExcept = 16,
    }

    public void Check(Pattern start, IEnumerable<ElementPattern> elements)
    {
        where = SourceLocation.Unknown;
        CheckStart(start);
        foreach (var element in elements)
        {
            where = element.Location;
            Visit(element.Content, Context.None);
            if (contentTypes.Of(element.Content) == ContentType.Invalid)
            {
                Error($"the content of element {element.Name.Describe(null)} mixes data with other content (section 7.2)");
            }
        }
    }

    private void CheckStart(Pattern p)
    {
        switch (p)
        {
            case BinaryPattern { Kind: PatternKind.Choice } c:
                CheckStart(c.Left);
                CheckStart(c.Right);
                break;
            case { Kind: PatternKind.Element or PatternKind.NotAllowed }:
                break;
            default:
                Error($"start may only contain elements, not {Describe(p.Kind)} (section 7.1.5)");
                break;
        }
    }

    private void Visit(Pattern p, Context context)
    {
        if (!visited.Add((p.Id, context)))
        {
            return;
        }

        switch (p)
        {
            case AttributePattern a:
                Forbid(context, Context.Attribute | Context.OneOrMoreGroup | Context.List | Context.DataExcept, "attribute");
                if (a.Name.IsInfinite && !context.HasFlag(Context.OneOrMore))
                {
                    Error("an attribute with anyName or nsName must be repeated (inside oneOrMore) (section 7.3)");
                }

                Visit(a.Content, context | Context.Attribute);
                break;
            case ElementPattern:
                Forbid(context, Context.Attribute | Context.List | Context.DataExcept, "element");
                break;
            case UnaryPattern { Kind: PatternKind.OneOrMore } u:
                Forbid(context, Context.DataExcept, "oneOrMore");
                Visit(u.Child, context | Context.OneOrMore);
                break;
            case UnaryPattern u:
                Forbid(context, Context.List | Context.DataExcept, "list");
                Visit(u.Child, context | Context.List);
                break;
            case BinaryPattern { Kind: PatternKind.Choice } c:
                Visit(c.Left, context);
                Visit(c.Right, context);
                break;
            case BinaryPattern b:
                Forbid(context, Context.DataExcept | (b.Kind == PatternKind.Interleave ? Context.List : Context.None), Describe(b.Kind));
                var inner = context.HasFlag(Context.OneOrMore) ? context | Context.OneOrMoreGroup : context;
                Visit(b.Left, inner);
                Visit(b.Right, inner);
                if (checkedPairs.Add(b.Id))
                {
                    CheckPair(b);
                }

                break;
            case DataPattern { Except: { } except }:
                Visit(except, context | Context.DataExcept);
                break;
            case { Kind: PatternKind.Text }:
                Forbid(context, Context.List | Context.DataExcept, "text");
                break;
            case { Kind: PatternKind.Empty }:
                Forbid(context, Context.DataExcept, "empty");
                break;
        }
    }

    private void CheckPair(BinaryPattern b)
    {
        foreach (var x in names.Attributes(b.Left))
        {
            if (names.Attributes(b.Right).Any(y => NameClass.Overlaps(x, y)))
            {
                Error($"attribute {x.Describe(null)} can occur twice (section 7.3)");
            }
        }

        if (b.Kind != PatternKind.Interleave)
        {
            return;
        }

        foreach (var x in names.Elements(b.Left))
        {
            if (names.Elements(b.Right).Any(y => NameClass.Overlaps(x, y)))
            {
                Error($"element {x.Describe(null)} occurs on both sides of an interleave (section 7.4)");
            }
        }

        if (names.HasText(b.Left) && names.HasText(b.Right))
        {
            Error("text occurs on both sides of an interleave (section 7.4)");
        }
    }

    private void Forbid(Context context, Context forbidden, string what)
    {
        var hit = context & forbidden;
        if (hit != Context.None)
        {
            var inside = hit.HasFlag(Context.DataExcept) ? "data/except" : hit.HasFlag(Context.List) ? "list"
                : hit.HasFlag(Context.Attribute) ? "attribute" : "oneOrMore//group or interleave";
            Error($"{what} is not allowed inside {inside} (section 7.1)");
        }
    }

    private static string Describe(PatternKind kind) => kind.ToString().ToLowerInvariant() switch
    {
        "oneormore" => "oneOrMore",
        "notallowed" => "notAllowed",
        var s => s,
    };

    private void Error(string message) => errors.Report(RelaxNgErrorCodes.RestrictionViolated, where, message);
}
