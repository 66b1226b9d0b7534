namespace Edition.Core.Source.Model;

public sealed record Editor(string Id, string Name, string Role);
