namespace Edition.Core.Source.Model;

/// <summary>Where the text was published before (e.g. an online archive), with its citation.</summary>
public sealed record SourcePublication(string Title, string? Url, string? Record, string? Citation);
