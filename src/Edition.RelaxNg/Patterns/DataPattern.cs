using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Patterns;

/// <summary><c>data</c>, optionally with an <c>except</c> pattern.</summary>
internal sealed class DataPattern : Pattern
{
    public DataPattern(int id, Datatype datatype, Pattern? except)
        : base(PatternKind.Data, id, nullable: false, textSensitive: true, hasAttributes: false)
    {
        Datatype = datatype;
        Except = except;
    }

    public Datatype Datatype { get; }

    public Pattern? Except { get; }
}
