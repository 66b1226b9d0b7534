namespace Edition.Tei.Validation.Odd;

/// <summary>An attribute of one element made required and/or limited to a closed list of values.</summary>
public sealed record OddAttributeChange(string Element, string Attribute, bool Required, IReadOnlyList<string> Values);
