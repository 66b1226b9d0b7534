using System.Xml;

namespace Edition.Core.Xml;

/// <summary>An XML file whose elements nest deeper than Edition reads (<see cref="SafeXml.MaxDepth"/>): thrown at the first element too deep, with its line and column.</summary>
public sealed class XmlNestingException(int limit, int line, int column)
    : XmlException($"elements nested deeper than {limit} levels", null, line, column)
{
    /// <summary>The deepest nesting allowed (levels of elements, the root being the first).</summary>
    public int Limit { get; } = limit;
}
