namespace Edition.RelaxNg.Patterns;

/// <summary>The constructors of the simplified RELAX NG pattern algebra, plus <see cref="After"/> of the derivative algorithm.</summary>
internal enum PatternKind : byte
{
    Empty,
    NotAllowed,
    Text,
    Choice,
    Group,
    Interleave,
    After,
    OneOrMore,
    List,
    Data,
    Value,
    Attribute,
    Element,
}
