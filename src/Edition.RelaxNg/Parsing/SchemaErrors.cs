using System.Xml;
using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing;

/// <summary>Collects schema errors with their positions; each loading phase ends with <see cref="ThrowIfAny"/>.</summary>
internal sealed class SchemaErrors
{
    private readonly List<RelaxNgError> errors = [];

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    public void Report(string code, XObject? at, string message)
    {
        var location = Locate(at);
        errors.Add(new RelaxNgError(code, message, location.File, location.Line, location.Column, ""));
    }

    public void Report(string code, SourceLocation at, string message) =>
        errors.Add(new RelaxNgError(code, message, at.File, at.Line, at.Column, ""));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new RelaxNgSchemaException([.. errors]);
        }
    }

    public static SourceLocation Locate(XObject? at)
    {
        var element = at as XElement ?? at?.Parent;
        int line = 0, column = 0;
        if (at is IXmlLineInfo own && own.HasLineInfo())
        {
            (line, column) = (own.LineNumber, own.LinePosition);
        }

        for (var e = element; e is not null; e = e.Parent)
        {
            if (line == 0 && e is IXmlLineInfo info && info.HasLineInfo())
            {
                (line, column) = (info.LineNumber, info.LinePosition);
            }
            else if (line == 0 && e.Annotation<OriginalElement>()?.Element is IXmlLineInfo original && original.HasLineInfo())
            {
                (line, column) = (original.LineNumber, original.LinePosition);
            }

            if (e.Annotation<SchemaSource>() is { } source)
            {
                return new SourceLocation(source.File, line, column);
            }
        }

        return new SourceLocation("", line, column);
    }
}
