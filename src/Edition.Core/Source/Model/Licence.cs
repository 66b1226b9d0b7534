namespace Edition.Core.Source.Model;

public sealed record Licence(string Name, string? Url);
