using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Patterns;

/// <summary><c>data</c>, optionally with an <c>except</c> pattern.</summary>
internal sealed class DataPattern : Pattern
{
    public DataPattern(int id, Datatype datatype, DatatypeSpec spec, Pattern? except)
        : base(PatternKind.Data, id, nullable: false, textSensitive: true, hasAttributes: false)
    {
        Datatype = datatype;
        Spec = spec;
        Except = except;
    }

    public Datatype Datatype { get; }

    /// <summary>How the datatype was named: what a compiled-schema cache writes to make it again.</summary>
    public DatatypeSpec Spec { get; }

    public Pattern? Except { get; }
}
