namespace Edition.Core.Source.Markup;

/// <summary>
/// A segment declared to exist in its own text only (<c>{#p5 one-sided reason=untranslated}</c>): the texts
/// aligned with it that lack it get a gap in its place instead of failing alignment.
/// </summary>
/// <param name="Reason">The author's reason: a token (TEI <c>gap/@reason</c>) or a phrase (a <c>desc</c>); null for the default.</param>
public sealed record OneSided(string? Reason);
