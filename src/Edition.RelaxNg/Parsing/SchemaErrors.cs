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
        SchemaPosition.TryGet(at, out var line, out var column);
        for (var e = element; e is not null; e = e.Parent)
        {
            if (line == 0 && !SchemaPosition.TryGet(e, out line, out column))
            {
                SchemaPosition.TryGet(e.Annotation<OriginalElement>()?.Element, out line, out column);
            }

            if (e.Annotation<SchemaSource>() is { } source)
            {
                return new SourceLocation(source.File, line, column);
            }
        }

        return new SourceLocation("", line, column);
    }
}
