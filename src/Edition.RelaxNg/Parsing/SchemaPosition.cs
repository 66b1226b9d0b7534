using System.Xml;
using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing;

/// <summary>
/// Annotation on an element made from a compact-syntax schema: the line and column of the construct it stands for.
/// Elements read from XML carry their own line info instead; <see cref="TryGet"/> reads either.
/// </summary>
internal sealed class SchemaPosition(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public static bool TryGet(XObject? node, out int line, out int column)
    {
        if (node is IXmlLineInfo info && info.HasLineInfo())
        {
            (line, column) = (info.LineNumber, info.LinePosition);
            return true;
        }

        if (node?.Annotation<SchemaPosition>() is { } position)
        {
            (line, column) = (position.Line, position.Column);
            return true;
        }

        (line, column) = (0, 0);
        return false;
    }
}
