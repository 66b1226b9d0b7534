namespace Edition.RelaxNg.Patterns;

/// <summary>A RELAX NG name class: a possibly infinite set of expanded names.</summary>
internal abstract class NameClass
{
    /// <summary>A namespace or local name no XML name can have: stands for "any other" in overlap tests.</summary>
    protected const string Illegal = "\u0001";

    public abstract bool Contains(QualifiedName name);

    /// <summary>The class uses <c>anyName</c> or <c>nsName</c> (section 7.3: such attributes must repeat).</summary>
    public abstract bool IsInfinite { get; }

    public abstract string Describe(string? contextNamespace);

    /// <summary>One name per "region" of the class, enough to decide overlap (spec section 7.3 hint).</summary>
    public abstract void AddRepresentatives(List<QualifiedName> into);

    public static bool Overlaps(NameClass a, NameClass b)
    {
        if (a is SimpleNameClass x && b is SimpleNameClass y)
        {
            return x.Name == y.Name;
        }

        var names = new List<QualifiedName>();
        a.AddRepresentatives(names);
        b.AddRepresentatives(names);
        return names.Exists(n => a.Contains(n) && b.Contains(n));
    }
}
