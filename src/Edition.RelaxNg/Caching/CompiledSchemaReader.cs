using System.Text;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Parsing;
using Edition.RelaxNg.Patterns;
using Edition.RelaxNg.Simplification;

namespace Edition.RelaxNg.Caching;

/// <summary>
/// Reads back what <see cref="CompiledSchemaWriter"/> wrote: the patterns under their ids, interned in a new
/// builder; datatypes made again from their names (regexes compiled when first used). Anything inconsistent is an
/// <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class CompiledSchemaReader(BinaryReader input)
{
    private readonly List<string> strings = [];
    private readonly Dictionary<string, Datatype> datatypes = new(StringComparer.Ordinal);
    private Pattern?[] byId = [];

    public CompiledSchema Read()
    {
        var nextId = Count(int.MaxValue - 1);
        byId = new Pattern?[nextId];
        byId[LeafPattern.Empty.Id] = LeafPattern.Empty;
        byId[LeafPattern.NotAllowed.Id] = LeafPattern.NotAllowed;
        byId[LeafPattern.Text.Id] = LeafPattern.Text;
        var builder = new PatternBuilder();
        var elements = new List<ElementPattern>();
        var count = Count(nextId);
        for (var i = 0; i < count; i++)
        {
            var p = ReadPattern();
            if (p.Id < LeafPattern.FirstFreeId || byId[p.Id] is not null)
            {
                throw new InvalidDataException($"pattern id {p.Id} given twice");
            }

            byId[p.Id] = p;
            builder.Restore(p);
            if (p is ElementPattern e)
            {
                elements.Add(e);
            }
        }

        foreach (var e in elements)
        {
            e.Content = Ref();
        }

        builder.ResumeAt(nextId);
        var start = Ref();
        var reached = new ElementPattern[Count(elements.Count)];
        for (var i = 0; i < reached.Length; i++)
        {
            reached[i] = Ref() as ElementPattern ?? throw new InvalidDataException("an element list entry is not an element");
        }

        return new CompiledSchema(start, builder, reached);
    }

    public string ReadString()
    {
        var n = input.Read7BitEncodedInt();
        if (n > 0)
        {
            return n <= strings.Count ? strings[n - 1] : throw new InvalidDataException("string reference out of range");
        }

        var s = input.ReadString();
        strings.Add(s);
        return s;
    }

    /// <summary>A count or id, checked to be at most <paramref name="max"/>.</summary>
    public int Count(int max)
    {
        var n = input.Read7BitEncodedInt();
        return n >= 0 && n <= max ? n : throw new InvalidDataException($"number {n} out of range");
    }

    public byte[] Bytes(int count)
    {
        var bytes = input.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new InvalidDataException("the file ends early");
    }

    private Pattern Ref()
    {
        var id = Count(byId.Length - 1);
        return byId[id] ?? throw new InvalidDataException($"pattern {id} used before it is defined");
    }

    private Pattern ReadPattern()
    {
        var kind = (PatternKind)input.ReadByte();
        var id = Count(byId.Length - 1);
        return kind switch
        {
            PatternKind.Choice or PatternKind.Group or PatternKind.Interleave or PatternKind.After => new BinaryPattern(kind, id, Ref(), Ref()),
            PatternKind.OneOrMore or PatternKind.List => new UnaryPattern(kind, id, Ref()),
            PatternKind.Attribute => new AttributePattern(id, ReadNameClass(), Ref()),
            PatternKind.Element => new ElementPattern(id, ReadNameClass(), new SourceLocation(ReadString(), Count(int.MaxValue), Count(int.MaxValue))),
            PatternKind.Data => ReadData(id),
            PatternKind.Value => ReadValue(id),
            _ => throw new InvalidDataException($"unexpected pattern kind {kind}"),
        };
    }

    private DataPattern ReadData(int id)
    {
        var (datatype, spec) = ReadDatatype();
        var except = Count(byId.Length);
        return new DataPattern(id, datatype, spec, except == 0 ? null : byId[except - 1] ?? throw new InvalidDataException("except pattern undefined"));
    }

    private ValuePattern ReadValue(int id)
    {
        var (datatype, spec) = ReadDatatype();
        var lexical = ReadString();
        var value = input.ReadBoolean()
            ? new QualifiedName(ReadString(), ReadString())
            : datatype.Parse(lexical, NoNamespaces.Instance) ?? throw new InvalidDataException($"'{lexical}' is no longer a {datatype.Name}");
        return new ValuePattern(id, datatype, spec, value, lexical);
    }

    private (Datatype, DatatypeSpec) ReadDatatype()
    {
        var library = ReadString();
        var type = ReadString();
        var key = new StringBuilder(library).Append('\0').Append(type);
        var parameters = new KeyValuePair<string, string>[Count(10_000)];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new(ReadString(), ReadString());
            key.Append('\0').Append(parameters[i].Key).Append('\0').Append(parameters[i].Value);
        }

        var spec = new DatatypeSpec(library, type, parameters);
        if (!datatypes.TryGetValue(key.ToString(), out var datatype))
        {
            // Datatypes are immutable: one object serves every data and value that names the same type.
            datatype = DatatypeLibraries.Create(spec, deferPatterns: true);
            datatypes.Add(key.ToString(), datatype);
        }

        return (datatype, spec);
    }

    private NameClass ReadNameClass() => input.ReadByte() switch
    {
        0 => new SimpleNameClass(new QualifiedName(ReadString(), ReadString())),
        1 => new AnyNameClass(ReadExcept()),
        2 => new NsNameClass(ReadString(), ReadExcept()),
        3 => new ChoiceNameClass(ReadNameClass(), ReadNameClass()),
        var tag => throw new InvalidDataException($"unexpected name class tag {tag}"),
    };

    private NameClass? ReadExcept() => input.ReadBoolean() ? ReadNameClass() : null;
}
