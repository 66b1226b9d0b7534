using System.Xml;
using System.Xml.Linq;
using Edition.RelaxNg.Parsing.Compact;

namespace Edition.RelaxNg.Parsing;

/// <summary>Reads schema documents: local files only, no DTD, no resolver, positions kept.</summary>
internal static class SchemaDocumentLoader
{
    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1_000_000,
        // A schema document (tei_all.rng is some 5 MB) is never read past this: an include of /dev/zero or of a huge
        // file ends with an error, not with memory exhausted.
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    public static XElement Load(XmlReader reader, string file, Uri? uri)
    {
        var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        var root = doc.Root!;
        root.AddAnnotation(new SchemaSource(file, uri));
        return root;
    }

    /// <summary>
    /// Loads a referenced document (compact syntax when the reference was written in compact syntax or the file is
    /// named <c>.rnc</c>); null (with an error reported at <paramref name="referrer"/>) when impossible.</summary>
    public static XElement? Load(Uri uri, SchemaErrors errors, XObject? referrer, Func<string, string?>? refuseFile = null)
    {
        if (!uri.IsFile)
        {
            errors.Report(RelaxNgErrorCodes.ForbiddenHref, referrer, $"only local files can be referenced, not '{uri}'");
            return null;
        }

        var path = uri.LocalPath;
        if (refuseFile?.Invoke(path) is { } why)
        {
            errors.Report(RelaxNgErrorCodes.SchemaUnreadable, referrer, $"cannot read schema '{path}': {why}");
            return null;
        }

        try
        {
            if (referrer?.Annotation<CompactReference>() is not null || CompactSchemaReader.IsCompactPath(path))
            {
                return CompactSchemaReader.Load(path, uri);
            }

            using var stream = File.OpenRead(path);
            using var reader = XmlReader.Create(stream, Settings(), uri.AbsoluteUri);
            return Load(reader, path, uri);
        }
        catch (CompactSyntaxException e)
        {
            errors.Report(e.Code, new SourceLocation(path, e.Line, e.Column), e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Report(RelaxNgErrorCodes.SchemaUnreadable, referrer, $"cannot read schema '{path}': {e.Message}");
        }
        catch (XmlException e)
        {
            errors.Report(RelaxNgErrorCodes.SchemaUnreadable, new SourceLocation(path, e.LineNumber, e.LinePosition), $"schema is not well-formed XML: {e.Message}");
        }

        return null;
    }
}
