namespace Edition.Core.Source.Model;

public sealed record TranslationInfo(string Language, string? Credit);
