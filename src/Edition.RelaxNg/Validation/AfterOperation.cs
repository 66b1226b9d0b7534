using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>The functions <c>applyAfter</c> maps over the continuations of After patterns (Clark's flip group etc.).</summary>
internal readonly record struct AfterOperation(PatternKind Kind, Pattern Other, bool OtherFirst)
{
    public Pattern Apply(PatternBuilder b, Pattern x) => Kind switch
    {
        PatternKind.Group => OtherFirst ? b.Group(Other, x) : b.Group(x, Other),
        PatternKind.Interleave => OtherFirst ? b.Interleave(Other, x) : b.Interleave(x, Other),
        _ => b.After(x, Other),
    };
}
