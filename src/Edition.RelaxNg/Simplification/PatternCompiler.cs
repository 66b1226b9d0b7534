using System.Xml.Linq;
using Edition.RelaxNg.Parsing;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Turns the flattened schema into the interned pattern graph (spec 4.19–4.21): only what start reaches
/// is compiled; a definition used many times is compiled once and shared; a definition that reaches
/// itself without passing through an element is an error.
/// </summary>
internal sealed class PatternCompiler(FlatGrammar grammar, PatternBuilder builder, SchemaErrors errors)
{
    private readonly Dictionary<string, Pattern> compiled = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);
    private readonly Queue<(ElementPattern Element, XElement Content)> pending = new();

    /// <summary>The element patterns start reaches (after notAllowed propagation, spec 4.20).</summary>
    public List<ElementPattern> Elements { get; } = [];

    public Pattern Compile()
    {
        var start = Pattern(grammar.Start);
        while (pending.TryDequeue(out var next))
        {
            next.Element.Content = Pattern(next.Content);
        }

        CollectReachable(start);
        return start;
    }

    private void CollectReachable(Pattern start)
    {
        var visited = new HashSet<int>();
        var stack = new Stack<Pattern>([start]);
        while (stack.TryPop(out var p))
        {
            if (!visited.Add(p.Id))
            {
                continue;
            }

            switch (p)
            {
                case ElementPattern e:
                    Elements.Add(e);
                    stack.Push(e.Content);
                    break;
                case BinaryPattern b:
                    stack.Push(b.Left);
                    stack.Push(b.Right);
                    break;
                case UnaryPattern u:
                    stack.Push(u.Child);
                    break;
                case AttributePattern a:
                    stack.Push(a.Content);
                    break;
                case DataPattern { Except: { } except }:
                    stack.Push(except);
                    break;
            }
        }
    }

    private Pattern Pattern(XElement e)
    {
        var kids = e.Elements().ToList();
        switch (Rng.Local(e))
        {
            case "empty":
                return LeafPattern.Empty;
            case "notAllowed":
                return LeafPattern.NotAllowed;
            case "text":
                return LeafPattern.Text;
            case "choice":
                return builder.Choice(Pattern(kids[0]), Pattern(kids[1]));
            case "group":
                return builder.Group(Pattern(kids[0]), Pattern(kids[1]));
            case "interleave":
                return builder.Interleave(Pattern(kids[0]), Pattern(kids[1]));
            case "oneOrMore":
                return builder.OneOrMore(Pattern(kids[0]));
            case "list":
                return builder.List(Pattern(kids[0]));
            case "ref":
                return Reference(e);
            case "attribute":
                return builder.Attribute(NameClass(kids[0]), Pattern(kids[1]));
            case "element":
                var element = builder.Element(NameClass(kids[0]), SchemaErrors.Locate(e));
                pending.Enqueue((element, kids[1]));
                return element;
            case "data":
                var except = e.Element(Rng.Name("except"));
                var data = e.Annotation<CompiledDatatype>()!;
                return builder.Data(data.Datatype, data.Spec, except is null ? null : Pattern(except.Elements().First()));
            case "value":
                var value = e.Annotation<CompiledDatatype>()!;
                return builder.Value(value.Datatype, value.Spec, value.Value!, e.Value);
            default:
                throw new InvalidOperationException($"unexpected '{Rng.Local(e)}' after simplification");
        }
    }

    private Pattern Reference(XElement reference)
    {
        var name = reference.Attribute("name")!.Value;
        if (compiled.TryGetValue(name, out var done))
        {
            return done;
        }

        if (!inProgress.Add(name))
        {
            errors.Report(RelaxNgErrorCodes.IllegalRecursion, reference, $"'{DisplayName(name)}' refers to itself without an element in between");
            return LeafPattern.NotAllowed;
        }

        var pattern = Pattern(grammar.Defines[name]);
        inProgress.Remove(name);
        compiled[name] = pattern;
        return pattern;
    }

    private static NameClass NameClass(XElement e)
    {
        var kids = e.Elements().ToList();
        NameClass? Except() => kids.Count > 0 ? NameClass(kids[0].Elements().First()) : null;
        return Rng.Local(e) switch
        {
            "name" => new SimpleNameClass(new QualifiedName(e.Attribute("ns")!.Value, e.Value)),
            "anyName" => new AnyNameClass(Except()),
            "nsName" => new NsNameClass(e.Attribute("ns")!.Value, Except()),
            "choice" => new ChoiceNameClass(NameClass(kids[0]), NameClass(kids[1])),
            _ => throw new InvalidOperationException($"unexpected name class '{Rng.Local(e)}'"),
        };
    }

    private static string DisplayName(string unique)
    {
        var cut = unique.LastIndexOf('_');
        return cut > 0 && unique[(cut + 1)..].All(char.IsAsciiDigit) ? unique[..cut] : unique;
    }
}
