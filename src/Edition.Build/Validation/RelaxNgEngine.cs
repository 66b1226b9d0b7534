using System.Collections.Concurrent;
using System.Xml;
using Edition.Core.Diagnostics;
using Edition.RelaxNg;
using Edition.RelaxNg.Caching;
using Edition.Tei.Validation;

namespace Edition.Build.Validation;

/// <summary>
/// Plugs Edition's own RELAX NG engine into the validation gate. Each schema is loaded once per process
/// (again when its file changes, as <c>edition serve</c> runs many builds) and shared by the documents
/// validated in parallel (compiled schemas are thread-safe); loaded from the compiled-schema cache when it has the
/// schema (see <see cref="SchemaCacheLocation"/>).
/// </summary>
public sealed class RelaxNgEngine(SchemaCache? cache) : IRelaxNgValidator
{
    /// <summary>The engine that keeps no compiled schema between runs.</summary>
    public static readonly RelaxNgEngine Uncached = new(null);

    private static readonly ConcurrentDictionary<string, RelaxNgEngine> InFolders = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), Lazy<(RelaxNgSchema? Schema, string? Error)>> _schemas = new();

    /// <summary>The engine whose compiled schemas go to the user's cache folder (unless <c>EDITION_SCHEMA_CACHE=off</c>).</summary>
    public static RelaxNgEngine Shared => For(cacheWanted: true, buildCacheFolder: null);

    /// <summary>
    /// The engine a build or a command uses: no cache with <c>--no-cache</c> or <c>EDITION_SCHEMA_CACHE=off</c>; the
    /// build cache's folder when there is one; else the user's. One engine per folder, so a schema loads once per process.
    /// </summary>
    public static RelaxNgEngine For(bool cacheWanted, string? buildCacheFolder)
    {
        if (!cacheWanted || SchemaCacheLocation.IsOff(Environment.GetEnvironmentVariable))
        {
            return Uncached;
        }

        var folder = buildCacheFolder ?? SchemaCacheLocation.UserFolder(Environment.GetEnvironmentVariable);
        return folder is null ? Uncached : InFolders.GetOrAdd(Path.GetFullPath(folder), static f => new RelaxNgEngine(SchemaCacheLocation.In(f)));
    }

    public IEnumerable<SchemaFinding> Validate(string schemaPath, string teiText, string displayName) =>
        Validate(schemaPath, settings => XmlReader.Create(new StringReader(teiText), settings, displayName), displayName);

    /// <summary>
    /// The XML a stream gives, decoded by the parser as it reads (byte order mark, else the declared encoding): no
    /// copy of the whole file is held, where <c>edition validate</c> needs none.
    /// </summary>
    public IEnumerable<SchemaFinding> Validate(string schemaPath, Func<Stream> open, string displayName)
    {
        // The instance reader leaves its input open (its settings serve callers that own theirs): this one is owned here.
        using var stream = open();
        return Validate(schemaPath, settings => XmlReader.Create(stream, settings, displayName), displayName);
    }

    private List<SchemaFinding> Validate(string schemaPath, Func<XmlReaderSettings, XmlReader> open, string displayName)
    {
        var (schema, error) = Load(schemaPath);
        if (schema is null)
        {
            return [new SchemaFinding(RelaxNgDiagnostics.SchemaSyntax.Id, Severity.Error, $"schema {schemaPath} cannot be used: {error}", 0, 0)];
        }

        using var reader = open(RelaxNgSchema.InstanceReaderSettings(new RelaxNgOptions { IgnoreDtd = true }));
        return schema.Validate(reader, displayName, new RelaxNgOptions { IgnoreDtd = true }).Errors
            .Select(e => new SchemaFinding(e.Code, e.Severity == RelaxNgSeverity.Error ? Severity.Error : Severity.Warning, e.Path.Length > 0 ? $"{e.Message} [{e.Path}]" : e.Message, e.Line, e.Column))
            .ToList();
    }

    public (RelaxNgSchema? Schema, string? Error) Load(string schemaPath)
    {
        var file = new FileInfo(Path.GetFullPath(schemaPath));
        return _schemas.GetOrAdd((file.FullName, file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default), key => new Lazy<(RelaxNgSchema?, string?)>(() =>
        {
            var path = key.Path;
            if (SchemaFiles.Unusable(path) is { } why)
            {
                return (null, why);
            }

            try
            {
                return (RelaxNgSchema.Load(path, SchemaFiles.Unusable, cache), null);
            }
            catch (RelaxNgSchemaException e)
            {
                return (null, e.Message);
            }
            catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
            {
                return (null, e.Message);
            }
        })).Value;
    }
}
