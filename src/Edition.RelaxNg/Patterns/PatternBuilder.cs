using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Patterns;

/// <summary>
/// Creates patterns, hash-consing the structural ones so equal patterns are the same object. A builder
/// made for one validation layers its own table over the schema's frozen one: no locks, bounded growth.
/// The constructors apply the notAllowed and empty rules of spec sections 4.20 and 4.21.
/// </summary>
internal sealed class PatternBuilder
{
    private readonly PatternBuilder? frozenBase;
    private readonly Dictionary<PatternKey, Pattern> table = [];
    private readonly Dictionary<(int, int), Pattern> choiceMemo = [];
    private readonly List<Pattern> leaves = [];
    private int nextId;

    public PatternBuilder(PatternBuilder? frozenBase = null)
    {
        this.frozenBase = frozenBase;
        nextId = frozenBase?.nextId ?? LeafPattern.FirstFreeId;
        CanonicalChoices = frozenBase is not null;
    }

    /// <summary>
    /// Keep choices flattened, sorted and duplicate-free. Needed for the states of validation (so equal
    /// states are one object); the schema's own big choices are left as written, which loads much faster.
    /// </summary>
    public bool CanonicalChoices { get; }

    /// <summary>Patterns interned by this builder (not its base): the memory a validation added.</summary>
    public int Count => table.Count;

    public Pattern Group(Pattern a, Pattern b)
    {
        if (a.Kind == PatternKind.NotAllowed || b.Kind == PatternKind.NotAllowed)
        {
            return LeafPattern.NotAllowed;
        }

        return a.Kind == PatternKind.Empty ? b : b.Kind == PatternKind.Empty ? a : Binary(PatternKind.Group, a, b);
    }

    public Pattern Interleave(Pattern a, Pattern b)
    {
        if (a.Kind == PatternKind.NotAllowed || b.Kind == PatternKind.NotAllowed)
        {
            return LeafPattern.NotAllowed;
        }

        return a.Kind == PatternKind.Empty ? b : b.Kind == PatternKind.Empty ? a : Binary(PatternKind.Interleave, a, b);
    }

    public Pattern After(Pattern a, Pattern b) =>
        a.Kind == PatternKind.NotAllowed || b.Kind == PatternKind.NotAllowed
            ? LeafPattern.NotAllowed
            : Binary(PatternKind.After, a, b);

    public Pattern OneOrMore(Pattern p) => p.Kind switch
    {
        PatternKind.NotAllowed or PatternKind.Empty => p,
        PatternKind.OneOrMore => p,
        _ => Unary(PatternKind.OneOrMore, p),
    };

    public Pattern List(Pattern p) => p.Kind == PatternKind.NotAllowed
        ? p
        : Unary(PatternKind.List, p);

    /// <summary>A choice kept canonical: flattened, duplicate-free, ordered by id, nested to the right.</summary>
    public Pattern Choice(Pattern a, Pattern b)
    {
        if (a.Kind == PatternKind.NotAllowed || ReferenceEquals(a, b))
        {
            return b;
        }

        if (b.Kind == PatternKind.NotAllowed)
        {
            return a;
        }

        if (!CanonicalChoices)
        {
            return Binary(PatternKind.Choice, a, b);
        }

        var key = a.Id < b.Id ? (a.Id, b.Id) : (b.Id, a.Id);
        if (TryGetChoice(key, out var known))
        {
            return known;
        }

        leaves.Clear();
        AddLeaves(a);
        AddLeaves(b);
        leaves.Sort(static (x, y) => x.Id.CompareTo(y.Id));
        var result = leaves[^1];
        for (var i = leaves.Count - 2; i >= 0; i--)
        {
            if (!ReferenceEquals(leaves[i], leaves[i + 1]))
            {
                result = Binary(PatternKind.Choice, leaves[i], result);
            }
        }

        choiceMemo[key] = result;
        return result;
    }

    /// <summary>The id the next pattern made gets.</summary>
    public int NextId => nextId;

    /// <summary>The structural patterns interned in this builder's own table (not its base's).</summary>
    public IEnumerable<Pattern> Interned => table.Values;

    public Pattern Data(Datatype datatype, DatatypeSpec spec, Pattern? except) =>
        new DataPattern(nextId++, datatype, spec, except is null || except.Kind == PatternKind.NotAllowed ? null : except);

    public Pattern Value(Datatype datatype, DatatypeSpec spec, object value, string lexical) => new ValuePattern(nextId++, datatype, spec, value, lexical);

    /// <summary>Interns a pattern read back from a compiled-schema cache, under the id it was written with.</summary>
    public void Restore(Pattern p)
    {
        switch (p)
        {
            case BinaryPattern b:
                table.Add(new PatternKey(b.Kind, b.Left.Id, b.Right.Id), b);
                break;
            case UnaryPattern u:
                table.Add(new PatternKey(u.Kind, u.Child.Id, -1), u);
                break;
        }

        nextId = Math.Max(nextId, p.Id + 1);
    }

    /// <summary>After <see cref="Restore"/>: new patterns get ids from <paramref name="next"/> on, as in the builder written.</summary>
    public void ResumeAt(int next) => nextId = Math.Max(nextId, next);

    public Pattern Attribute(NameClass name, Pattern content) =>
        content.Kind == PatternKind.NotAllowed ? content : new AttributePattern(nextId++, name, content);

    public ElementPattern Element(NameClass name, SourceLocation location) => new(nextId++, name, location);

    private void AddLeaves(Pattern p)
    {
        while (p is BinaryPattern { Kind: PatternKind.Choice } c)
        {
            AddLeaves(c.Left);
            p = c.Right;
        }

        leaves.Add(p);
    }

    private bool TryGetChoice((int, int) key, out Pattern result)
    {
        if (frozenBase is not null && frozenBase.choiceMemo.TryGetValue(key, out result!))
        {
            return true;
        }

        return choiceMemo.TryGetValue(key, out result!);
    }

    private Pattern Binary(PatternKind kind, Pattern a, Pattern b)
    {
        var key = new PatternKey(kind, a.Id, b.Id);
        if (!TryGet(key, out var p))
        {
            p = new BinaryPattern(kind, nextId++, a, b);
            table.Add(key, p);
        }

        return p;
    }

    private Pattern Unary(PatternKind kind, Pattern child)
    {
        var key = new PatternKey(kind, child.Id, -1);
        if (!TryGet(key, out var p))
        {
            p = new UnaryPattern(kind, nextId++, child);
            table.Add(key, p);
        }

        return p;
    }

    private bool TryGet(PatternKey key, out Pattern result) =>
        (frozenBase is not null && frozenBase.table.TryGetValue(key, out result!)) || table.TryGetValue(key, out result!);
}
