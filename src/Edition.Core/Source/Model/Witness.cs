namespace Edition.Core.Source.Model;

/// <summary>A witness of the text, cited by siglum in apparatus entries.</summary>
public sealed record Witness(string Id, string Label);
