using System.Collections.Concurrent;
using System.Xml;
using Edition.Core.Diagnostics;
using Edition.RelaxNg;
using Edition.Tei.Validation;

namespace Edition.Build.Validation;

/// <summary>
/// Plugs Edition's own RELAX NG engine into the validation gate. Each schema is loaded once per process
/// (again when its file changes, as <c>edition serve</c> runs many builds) and shared by the documents
/// validated in parallel (compiled schemas are thread-safe).
/// </summary>
public sealed class RelaxNgEngine : IRelaxNgValidator
{
    public static readonly RelaxNgEngine Shared = new();

    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), Lazy<(RelaxNgSchema? Schema, string? Error)>> _schemas = new();

    public IEnumerable<SchemaFinding> Validate(string schemaPath, string teiText, string displayName)
    {
        var (schema, error) = Load(schemaPath);
        if (schema is null)
        {
            return [new SchemaFinding(RelaxNgDiagnostics.SchemaSyntax.Id, Severity.Error, $"schema {schemaPath} cannot be used: {error}", 0, 0)];
        }

        using var reader = XmlReader.Create(new StringReader(teiText), RelaxNgSchema.InstanceReaderSettings(new RelaxNgOptions { IgnoreDtd = true }), displayName);
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
                return (RelaxNgSchema.Load(path, SchemaFiles.Unusable), null);
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
