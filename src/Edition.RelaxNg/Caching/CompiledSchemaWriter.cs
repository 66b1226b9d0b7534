using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Patterns;
using Edition.RelaxNg.Simplification;

namespace Edition.RelaxNg.Caching;

/// <summary>
/// Writes a compiled schema's pattern graph for <see cref="CompiledSchemaReader"/>: every pattern with its id (so a
/// schema read back interns and orders exactly as the one written), name classes, datatypes as the schema named
/// them, element positions in the schema files. Strings are written once and referred to by number after.
/// </summary>
internal sealed class CompiledSchemaWriter(BinaryWriter output)
{
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    public void Write(CompiledSchema schema)
    {
        var patterns = Collect(schema);
        output.Write7BitEncodedInt(schema.Builder.NextId);
        output.Write7BitEncodedInt(patterns.Count);
        foreach (var p in patterns)
        {
            WritePattern(p);
        }

        // Element contents last: an element may contain itself, so its content can come after it.
        foreach (var e in patterns.OfType<ElementPattern>())
        {
            output.Write7BitEncodedInt(e.Content.Id);
        }

        output.Write7BitEncodedInt(schema.Start.Id);
        output.Write7BitEncodedInt(schema.Elements.Count);
        foreach (var e in schema.Elements)
        {
            output.Write7BitEncodedInt(e.Id);
        }
    }

    public void WriteString(string s)
    {
        if (strings.TryGetValue(s, out var known))
        {
            output.Write7BitEncodedInt(known + 1);
            return;
        }

        strings.Add(s, strings.Count);
        output.Write7BitEncodedInt(0);
        output.Write(s);
    }

    /// <summary>Every pattern start reaches and every one the builder interned, by id (leaves excepted: they are shared).</summary>
    private static List<Pattern> Collect(CompiledSchema schema)
    {
        var seen = new Dictionary<int, Pattern>();
        var stack = new Stack<Pattern>(schema.Builder.Interned);
        stack.Push(schema.Start);
        while (stack.TryPop(out var p))
        {
            if (p.Id < LeafPattern.FirstFreeId || !seen.TryAdd(p.Id, p))
            {
                continue;
            }

            foreach (var child in Children(p))
            {
                stack.Push(child);
            }
        }

        return [.. seen.Values.OrderBy(p => p.Id)];
    }

    private static IEnumerable<Pattern> Children(Pattern p) => p switch
    {
        BinaryPattern b => [b.Left, b.Right],
        UnaryPattern u => [u.Child],
        AttributePattern a => [a.Content],
        ElementPattern e => [e.Content],
        DataPattern { Except: { } except } => [except],
        _ => [],
    };

    private void WritePattern(Pattern p)
    {
        output.Write((byte)p.Kind);
        output.Write7BitEncodedInt(p.Id);
        switch (p)
        {
            case BinaryPattern b:
                output.Write7BitEncodedInt(b.Left.Id);
                output.Write7BitEncodedInt(b.Right.Id);
                break;
            case UnaryPattern u:
                output.Write7BitEncodedInt(u.Child.Id);
                break;
            case AttributePattern a:
                WriteNameClass(a.Name);
                output.Write7BitEncodedInt(a.Content.Id);
                break;
            case ElementPattern e:
                WriteNameClass(e.Name);
                WriteString(e.Location.File);
                output.Write7BitEncodedInt(e.Location.Line);
                output.Write7BitEncodedInt(e.Location.Column);
                break;
            case DataPattern d:
                WriteSpec(d.Spec);
                output.Write7BitEncodedInt(d.Except is null ? 0 : d.Except.Id + 1);
                break;
            case ValuePattern v:
                WriteValue(v);
                break;
            default:
                throw new InvalidOperationException($"pattern {p} cannot be cached");
        }
    }

    private void WriteValue(ValuePattern v)
    {
        WriteSpec(v.Spec);
        WriteString(v.Lexical);
        // A QName's value depends on the namespaces in scope where it was written: kept resolved.
        var resolved = v.Value as QualifiedName?;
        output.Write(v.Datatype.IsContextDependent);
        if (v.Datatype.IsContextDependent)
        {
            WriteString(resolved!.Value.Namespace);
            WriteString(resolved.Value.LocalName);
        }
    }

    private void WriteSpec(DatatypeSpec spec)
    {
        WriteString(spec.Library);
        WriteString(spec.Type);
        output.Write7BitEncodedInt(spec.Parameters.Count);
        foreach (var (name, value) in spec.Parameters)
        {
            WriteString(name);
            WriteString(value);
        }
    }

    private void WriteNameClass(NameClass name)
    {
        switch (name)
        {
            case SimpleNameClass s:
                output.Write((byte)0);
                WriteString(s.Name.Namespace);
                WriteString(s.Name.LocalName);
                break;
            case AnyNameClass a:
                output.Write((byte)1);
                WriteExcept(a.Except);
                break;
            case NsNameClass n:
                output.Write((byte)2);
                WriteString(n.Namespace);
                WriteExcept(n.Except);
                break;
            case ChoiceNameClass c:
                output.Write((byte)3);
                WriteNameClass(c.Left);
                WriteNameClass(c.Right);
                break;
            default:
                throw new InvalidOperationException($"name class {name} cannot be cached");
        }
    }

    private void WriteExcept(NameClass? except)
    {
        output.Write(except is not null);
        if (except is not null)
        {
            WriteNameClass(except);
        }
    }
}
