using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Patterns;

/// <summary><c>value</c>: one value of a datatype, compared with the datatype's equality.</summary>
internal sealed class ValuePattern : Pattern
{
    public ValuePattern(int id, Datatype datatype, DatatypeSpec spec, object value, string lexical)
        : base(PatternKind.Value, id, nullable: false, textSensitive: true, hasAttributes: false)
    {
        Datatype = datatype;
        Spec = spec;
        Value = value;
        Lexical = lexical;
    }

    public Datatype Datatype { get; }

    /// <summary>How the datatype was named: what a compiled-schema cache writes to make it again.</summary>
    public DatatypeSpec Spec { get; }

    public object Value { get; }

    public string Lexical { get; }
}
