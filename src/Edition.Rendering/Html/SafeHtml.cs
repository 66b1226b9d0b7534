namespace Edition.Rendering.Html;

/// <summary>
/// Markup built in C# with every text escaped (inline trees, Markdown, JSON-LD). Templates output it with
/// <c>| safe</c>, which accepts nothing else; plain strings go through <c>| h</c>, which refuses this type.
/// </summary>
public sealed record SafeHtml(string Value)
{
    public static readonly SafeHtml Empty = new("");

    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}
