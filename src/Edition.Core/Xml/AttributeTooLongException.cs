using System.Xml;

namespace Edition.Core.Xml;

/// <summary>
/// An attribute value longer than <see cref="SafeXml.MaxAttributeCharacters"/>: the read stops there. An
/// <see cref="XmlException"/>, so every place that reports an unreadable XML file reports this one too; the places that
/// read TEI-in files word it on their own.
/// </summary>
public sealed class AttributeTooLongException(string name, int length, int line, int column)
    : XmlException($"the attribute '{name}' holds {length:N0} characters; an attribute holds at most {SafeXml.MaxAttributeCharacters:N0}", null, line, column)
{
    public string Name { get; } = name;

    public int Length { get; } = length;
}
