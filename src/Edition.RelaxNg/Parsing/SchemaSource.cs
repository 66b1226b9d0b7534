namespace Edition.RelaxNg.Parsing;

/// <summary>Annotation on the root of each loaded schema document (and on moved definitions): the file it came from.</summary>
internal sealed class SchemaSource(string file, Uri? uri)
{
    public string File { get; } = file;

    public Uri? Uri { get; } = uri;
}
