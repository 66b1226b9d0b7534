using System.Text;
using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>
/// Reads a compact-syntax schema file into the element tree the XML loader would give for its XML form, its root
/// annotated with the file, so the rest of loading (includes, simplification, errors at their line) is shared.
/// </summary>
internal static class CompactSchemaReader
{
    /// <summary>The most characters read from one schema file, as for the XML syntax.</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    /// <summary>Whether a schema file is named as compact syntax.</summary>
    public static bool IsCompactPath(string path) => path.EndsWith(".rnc", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="CompactSyntaxException">The file is not a correct compact-syntax schema.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static XElement Load(string path, Uri? uri)
    {
        var root = CompactParser.Parse(ReadText(path));
        root.AddAnnotation(new SchemaSource(path, uri));
        _ = new XDocument(root); // a document root, as the XML loader's: an include moves it out of its document
        return root;
    }

    /// <summary>
    /// The file's text (A.2.1): UTF-16 when it starts with a byte order mark saying so, else UTF-8; bytes that are
    /// neither are an error, and so is a file of more than <see cref="MaxCharacters"/> characters.
    /// </summary>
    private static string ReadText(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var buffer = new char[81920];
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > MaxCharacters)
                {
                    throw new CompactSyntaxException(RelaxNgErrorCodes.SchemaUnreadable, $"the schema holds more than {MaxCharacters / (1024 * 1024)} M characters, the most a schema file may hold", 0, 0);
                }
            }
        }
        catch (DecoderFallbackException e)
        {
            throw new CompactSyntaxException(RelaxNgErrorCodes.SchemaUnreadable, $"the schema is not UTF-8 (nor UTF-16 with a byte order mark): {e.Message}", 0, 0);
        }

        return text.ToString();
    }
}
