using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Tei.Encoding;

namespace Edition.Tei.Validation;

/// <summary>
/// Which RELAX NG schema a document is validated with: <c>--schema</c>; for Edition's own TEI, edition.rng;
/// for TEI-in, its <c>&lt;?xml-model?&gt;</c> schema when that is on this machine (a local file, or the official
/// tei_all URL, which stands for the tei_all Edition ships), else edition.yml's <c>schema</c>, else tei_all.
/// </summary>
public static class SchemaSelector
{
    public static string? Select(EncodedDocument document, EditionSource? source, ValidationOptions options) => Choose(document, source, options).Schema;

    /// <summary>The schema, with a warning when the file names one in an xml-model that is not on this machine.</summary>
    public static SchemaChoice Choose(EncodedDocument document, EditionSource? source, ValidationOptions options)
    {
        if (options.SchemaOverride is { } forced)
        {
            return new SchemaChoice(forced, null);
        }

        if (!document.IsPassThrough)
        {
            return new SchemaChoice(options.GeneratedSchema ?? options.DefaultSchema, null);
        }

        var fallback = source?.Info.Schema is { } configured ? Path.Combine(source.Root, configured) : options.DefaultSchema;
        if (document.SourceFile is not { } file)
        {
            return new SchemaChoice(fallback, null);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        Diagnostic? note = null;
        foreach (var model in XmlModels.Read(document.PassThroughBytes!).Where(m => m.Kind == SchemaKind.RelaxNg))
        {
            if (XmlModels.Resolve(model, directory, options.DefaultSchema) is { } found && Readable(found))
            {
                return new SchemaChoice(found, null);
            }

            note ??= ValidationDiagnostics.XmlModelSchemaMissing.At(new SourceSpan(Core.Source.SourcePaths.Display(file), model.Line, model.Column), model.Href, fallback is null ? "no RELAX NG schema" : Path.GetFileName(fallback));
        }

        return new SchemaChoice(fallback, note);
    }

    /// <summary>Schema syntaxes the RELAX NG engine reads: XML and compact.</summary>
    public static bool Readable(string path) => path.EndsWith(".rng", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".rnc", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The schema chosen for a document (null: none), and a warning about the choice.</summary>
public sealed record SchemaChoice(string? Schema, Diagnostic? Note);
