namespace Edition.Core.Source.Model;

/// <summary>A number the document carries (telegram no., copy no.), with a human label.</summary>
public sealed record Identifier(string Type, string Value, string? Label);
