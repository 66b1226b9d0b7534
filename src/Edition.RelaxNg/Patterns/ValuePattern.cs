using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Patterns;

/// <summary><c>value</c>: one value of a datatype, compared with the datatype's equality.</summary>
internal sealed class ValuePattern : Pattern
{
    public ValuePattern(int id, Datatype datatype, object value, string lexical)
        : base(PatternKind.Value, id, nullable: false, textSensitive: true, hasAttributes: false)
    {
        Datatype = datatype;
        Value = value;
        Lexical = lexical;
    }

    public Datatype Datatype { get; }

    public object Value { get; }

    public string Lexical { get; }
}
