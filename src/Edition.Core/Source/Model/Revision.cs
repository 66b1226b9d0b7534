namespace Edition.Core.Source.Model;

public sealed record Revision(string Date, string? Who, string What);
