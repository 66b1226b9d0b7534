using System.Xml;
using Edition.RelaxNg.Caching;
using Edition.RelaxNg.Parsing;
using Edition.RelaxNg.Parsing.Compact;
using Edition.RelaxNg.Simplification;
using Edition.RelaxNg.Validation;

namespace Edition.RelaxNg;

/// <summary>
/// A compiled RELAX NG schema (XML syntax, or compact syntax for a file named <c>.rnc</c>). Load once, then validate any number of documents, from any
/// number of threads at the same time.
/// </summary>
public sealed class RelaxNgSchema
{
    private readonly SchemaModel model;

    private RelaxNgSchema(SchemaModel model, bool fromCache = false)
    {
        this.model = model;
        FromCache = fromCache;
    }

    /// <summary>Whether the schema was read back compiled from a <see cref="SchemaCache"/> rather than parsed and simplified.</summary>
    public bool FromCache { get; }

    /// <summary>Loads a schema file and what it includes; a file whose name ends in <c>.rnc</c> is read as compact syntax.</summary>
    /// <param name="refuseFile">
    /// Asked before each included or referenced schema file is opened: why it must not be (e.g. it is a FIFO, whose
    /// opening would block), or null to read it. The caller checks the schema file itself.
    /// </param>
    /// <param name="cache">Where compiled schemas are kept between runs (read if there and current, else written); null for none.</param>
    /// <exception cref="RelaxNgSchemaException">The schema is unreadable or incorrect; see its Errors.</exception>
    public static RelaxNgSchema Load(string path, Func<string, string?>? refuseFile = null, SchemaCache? cache = null)
    {
        var full = Path.GetFullPath(path);
        if (cache?.TryRead(full, refuseFile) is { } cached)
        {
            return new RelaxNgSchema(new SchemaModel(cached), fromCache: true);
        }

        // Every file the load reads is asked about first: the cache entry is keyed by all of them.
        var read = new HashSet<string>(StringComparer.Ordinal) { full };
        var compiled = Compile(full, path, p =>
        {
            read.Add(Path.GetFullPath(p));
            return refuseFile?.Invoke(p);
        });
        cache?.Write(full, read, compiled);
        return new RelaxNgSchema(new SchemaModel(compiled));
    }

    private static CompiledSchema Compile(string full, string path, Func<string, string?> refuseFile)
    {
        var uri = new Uri(full);
        try
        {
            if (CompactSchemaReader.IsCompactPath(full))
            {
                return CompileCompact(full, uri, refuseFile);
            }

            using var stream = File.OpenRead(full);
            using var reader = XmlReader.Create(stream, SchemaDocumentLoader.Settings(), uri.AbsoluteUri);
            return Compile(reader, full, refuseFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RelaxNgSchemaException([new RelaxNgError(RelaxNgErrorCodes.SchemaUnreadable, $"cannot read schema: {e.Message}", path, 0, 0, "")]);
        }
    }

    private static CompiledSchema CompileCompact(string path, Uri uri, Func<string, string?>? refuseFile)
    {
        System.Xml.Linq.XElement root;
        try
        {
            root = CompactSchemaReader.Load(path, uri);
        }
        catch (CompactSyntaxException e)
        {
            throw new RelaxNgSchemaException([new RelaxNgError(e.Code, e.Message, path, e.Line, e.Column, "")]);
        }

        return SchemaCompiler.Compile(root, uri, refuseFile);
    }

    /// <summary>
    /// Loads a schema from a reader; <paramref name="baseUri"/> (a file path or file URI) resolves its
    /// include and externalRef references and names the file in errors.
    /// </summary>
    /// <exception cref="RelaxNgSchemaException">The schema is unreadable or incorrect; see its Errors.</exception>
    public static RelaxNgSchema Load(XmlReader reader, string baseUri) => new(new SchemaModel(Compile(reader, baseUri, null)));

    private static CompiledSchema Compile(XmlReader reader, string baseUri, Func<string, string?>? refuseFile)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Uri? uri = null;
        if (!string.IsNullOrEmpty(baseUri))
        {
            uri = Uri.TryCreate(baseUri, UriKind.Absolute, out var absolute) ? absolute : new Uri(Path.GetFullPath(baseUri));
        }

        var file = uri is { IsFile: true } ? uri.LocalPath : baseUri ?? "";
        System.Xml.Linq.XElement root;
        try
        {
            root = SchemaDocumentLoader.Load(reader, file, uri);
        }
        catch (XmlException e)
        {
            throw new RelaxNgSchemaException([new RelaxNgError(RelaxNgErrorCodes.SchemaUnreadable, $"schema is not well-formed XML: {e.Message}", file, e.LineNumber, e.LinePosition, "")]);
        }

        return SchemaCompiler.Compile(root, uri, refuseFile);
    }

    /// <summary>Validates a file, read safely (no DTD unless <see cref="RelaxNgOptions.IgnoreDtd"/>, no resolver).</summary>
    public ValidationResult Validate(string path, RelaxNgOptions? options = null)
    {
        options ??= RelaxNgOptions.Default;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = XmlReader.Create(stream, InstanceReaderSettings(options), path);
            return Validate(reader, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ValidationResult([new RelaxNgError(RelaxNgErrorCodes.NotWellFormed, $"cannot read file: {e.Message}", path, 0, 0, "")]);
        }
    }

    /// <summary>Validates the document an XmlReader delivers (the caller chooses its settings).</summary>
    public ValidationResult Validate(XmlReader reader, string fileName, RelaxNgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var deriver = model.RentDeriver();
        try
        {
            var errors = new InstanceValidator(model, deriver, reader, fileName, options ?? RelaxNgOptions.Default).Run();
            return new ValidationResult(errors);
        }
        finally
        {
            model.ReturnDeriver(deriver);
        }
    }

    /// <summary>The reader settings <see cref="Validate(string, RelaxNgOptions?)"/> uses, for callers that open readers themselves.</summary>
    public static XmlReaderSettings InstanceReaderSettings(RelaxNgOptions? options = null) => new()
    {
        DtdProcessing = options?.IgnoreDtd == true ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 10_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
