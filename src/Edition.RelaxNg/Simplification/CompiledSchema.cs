using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>The immutable result of compilation: start pattern, the frozen pattern table, every element pattern.</summary>
internal sealed record CompiledSchema(Pattern Start, PatternBuilder Builder, IReadOnlyList<ElementPattern> Elements);
