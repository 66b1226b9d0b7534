namespace Edition.RelaxNg.Simplification;

/// <summary>Spec 7.2 content types, ordered empty &lt; complex &lt; simple; Invalid when none applies.</summary>
internal enum ContentType
{
    Empty,
    Complex,
    Simple,
    Invalid,
}
