namespace Edition.RelaxNg.Patterns;

/// <summary><c>attribute</c>: a name class and the pattern its value must match.</summary>
internal sealed class AttributePattern : Pattern
{
    public AttributePattern(int id, NameClass name, Pattern content)
        : base(PatternKind.Attribute, id, nullable: false, textSensitive: false, hasAttributes: true)
    {
        Name = name;
        Content = content;
    }

    public NameClass Name { get; }

    public Pattern Content { get; }
}
