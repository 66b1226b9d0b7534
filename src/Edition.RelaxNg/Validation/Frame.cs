using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>One open element of the instance: its name, how it was written, and whether a child element came yet.</summary>
internal readonly record struct Frame(QualifiedName Name, string Display, bool HasChild = false);
