namespace Edition.RelaxNg.Datatypes;

/// <summary>A datatype: lexical space, value space and equality, as a RELAX NG datatype library sees it.</summary>
internal abstract class Datatype
{
    /// <summary>The name shown in messages, e.g. <c>date</c> or <c>token</c>.</summary>
    public abstract string Name { get; }

    public virtual IdType IdType => IdType.None;

    /// <summary>Values need the namespace context (QName, NOTATION).</summary>
    public virtual bool IsContextDependent => false;

    /// <summary>The value denoted by <paramref name="lexical"/>, or null when it is not in the lexical space.</summary>
    public abstract object? Parse(string lexical, IDatatypeContext context);

    public bool IsValid(string lexical, IDatatypeContext context) => Parse(lexical, context) is not null;

    public virtual bool SameValue(object a, object b) => a.Equals(b);

    /// <summary>The whitespace-normalised lexical form that <c>pattern</c> facets see.</summary>
    public virtual string Normalize(string lexical) => lexical;

    /// <summary>Length as the <c>length</c> facets measure it, or null when those facets do not apply.</summary>
    public virtual int? Length(object value) => null;

    /// <summary>Orders two values; null when the type is unordered or the values are incomparable.</summary>
    public virtual int? Compare(object a, object b) => null;

    public virtual bool IsOrdered => false;

    public virtual bool HasDigits => false;
}
