namespace Edition.RelaxNg.Patterns;

/// <summary>The hash-consing key of a structural pattern: its kind and its children's ids (-1 when absent).</summary>
internal readonly record struct PatternKey(PatternKind Kind, int Left, int Right);
