using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Patterns;

/// <summary>
/// <c>element</c>. Compared by identity: the content is set once after construction because element
/// definitions may refer to themselves.
/// </summary>
internal sealed class ElementPattern : Pattern
{
    private Pattern? content;

    public ElementPattern(int id, NameClass name, SourceLocation location)
        : base(PatternKind.Element, id, nullable: false, textSensitive: false, hasAttributes: false)
    {
        Name = name;
        Location = location;
    }

    public NameClass Name { get; }

    public SourceLocation Location { get; }

    public Pattern Content
    {
        get => content ?? throw new InvalidOperationException("element content not compiled yet");
        set => content = content is null ? value : throw new InvalidOperationException("element content already set");
    }
}
