using System.Collections.Concurrent;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Tei.Encoding;
using Edition.Tei.Validation.Integrity;
using Edition.Tei.Validation.Schematron;

namespace Edition.Tei.Validation;

/// <summary>
/// The Validate stage: per TEI file (in parallel) its integrity facts, RELAX NG (when a validator is plugged in)
/// and Schematron (project rules on Edition's TEI; edition.yml's and extra rules on every document), then
/// referential integrity across the set. Findings are reported in the author's sources, the TEI place as
/// secondary. A build runs the steps itself (<see cref="Start"/>), so that each file is validated and read
/// while its tree exists.
/// </summary>
public static class ValidationGate
{
    // Each Schematron file is compiled once per process (keyed by path, phase and modification time).
    private static readonly ConcurrentDictionary<(string Path, string? Phase, bool AllowIncomplete, DateTime Modified), Lazy<SchematronSchema>> Compiled = new();

    // edition.sch states the alignment and date rules too, so it is complete on its own (e.g. in an XML editor);
    // in the gate the integrity checks report them, with more precise messages, and these are not repeated.
    private static readonly HashSet<string> IntegrityCovered = [SchematronDiagnostics.KeyedWithoutCorresp.Id, SchematronDiagnostics.CorrespTargetMissing.Id, SchematronDiagnostics.CorrespNotPointedBack.Id, SchematronDiagnostics.CorrespIntoSameText.Id, SchematronDiagnostics.DateNotW3c.Id];

    /// <summary>Validates the whole TEI set at once (the build runs <see cref="Start"/>'s steps itself, file by file).</summary>
    /// <param name="cache">Per-document findings of earlier builds (null: validate every document).</param>
    public static ValidationReport Validate(IReadOnlyList<EncodedDocument> tei, EditionSource source, ValidationOptions options, DiagnosticBag diagnostics, ValidationCache? cache = null)
    {
        if (Start(tei, source, options, cache) is not { } run)
        {
            return new ValidationReport([], new Dictionary<string, string?>());
        }

        Parallel.For(0, tei.Count, run.File);
        return run.Complete(diagnostics);
    }

    /// <summary>
    /// A validation of the TEI set, to be run file by file (<see cref="ValidationRun.File"/>, in parallel, each
    /// file's tree needed only while its own step runs) and then completed across files; null when the edition's
    /// policy is off. Problems loading the rules are reported at completion.
    /// </summary>
    public static ValidationRun? Start(IReadOnlyList<EncodedDocument> tei, EditionSource source, ValidationOptions options, ValidationCache? cache = null)
    {
        var policy = source.Info.Validation;
        if (policy == ValidationPolicy.Off)
        {
            return null;
        }

        var found = new DiagnosticBag();
        var project = options.ProjectSchematron is { } p ? Load(p, options.Phase, found, options.AllowIncompleteRules) : null;
        var shared = source.Info.Schematron.Select(s => Path.Combine(source.Root, s)).Concat(options.ExtraSchematron)
            .Select(s => Load(s, options.Phase, found, options.AllowIncompleteRules)).OfType<SchematronSchema>().ToList();
        return new ValidationRun(tei, source, options, cache, policy, found, project, shared, cache is null ? "" : RulesFingerprint(source, options));
    }

    /// <summary>One file's RELAX NG and Schematron findings (the rules' own problems are not among them).</summary>
    internal static IReadOnlyList<Diagnostic> FileFindings(EncodedDocument encoded, TeiInstance instance, string? schema, ValidationOptions options, SchematronSchema? project, IReadOnlyList<SchematronSchema> shared)
    {
        var own = new DiagnosticBag();
        RelaxNg(instance, schema, options, own);
        if (project is not null && (!encoded.IsPassThrough || options.ProjectRulesOnTeiIn))
        {
            Schematron(instance, project, own, IntegrityCovered);
        }

        foreach (var sch in shared)
        {
            Schematron(instance, sch, own);
        }

        return own.Sorted();
    }

    /// <summary>Everything besides the document and its schema that its findings depend on: the tool, the rules and the options.</summary>
    private static string RulesFingerprint(EditionSource source, ValidationOptions options) => string.Join('\n',
        ToolFingerprint(options.RelaxNg),
        ValidationCache.FilesFingerprint(options.ProjectSchematron),
        options.ProjectRulesOnTeiIn.ToString(),
        options.Phase ?? "",
        options.AllowIncompleteRules.ToString(),
        string.Join('\n', source.Info.Schematron.Select(s => Path.Combine(source.Root, s)).Concat(options.ExtraSchematron).Select(ValidationCache.FilesFingerprint)));

    /// <summary>This library and the RELAX NG validator's (a rebuilt engine may judge differently).</summary>
    /// <remarks>The validator is a standalone library (it uses no other Edition library), so these two are all; a
    /// native build cannot list an assembly's references.</remarks>
    private static string ToolFingerprint(IRelaxNgValidator? validator)
    {
        var assemblies = new List<System.Reflection.Assembly> { typeof(ValidationGate).Assembly };
        if (validator is not null)
        {
            assemblies.Add(validator.GetType().Assembly);
        }

        return string.Join(' ', assemblies.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal).Select(a => a.ManifestModule.ModuleVersionId.ToString()));
    }

    /// <summary>Runs one Schematron over one TEI file, reporting in the author's sources (also for tests and tools).</summary>
    public static void Schematron(TeiInstance instance, SchematronSchema schema, DiagnosticBag diagnostics) => Schematron(instance, schema, diagnostics, new HashSet<string>());

    private static void Schematron(TeiInstance instance, SchematronSchema schema, DiagnosticBag diagnostics, IReadOnlySet<string> skip)
    {
        foreach (var f in schema.Validate(instance.Document).Where(f => !skip.Contains(f.Code)))
        {
            diagnostics.Add(Findings.At(instance, f.Node, f.Severity, f.Code, f.Message));
        }
    }

    /// <summary>The compiled schema (compiled once per process); its load problems go to the bag on every call.</summary>
    public static SchematronSchema? Load(string path, string? phase, DiagnosticBag diagnostics, bool allowIncomplete = false)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            diagnostics.Add(ValidationDiagnostics.SchemaUnreadable.At(SourceSpan.None(Core.Source.SourcePaths.Display(full)), "Schematron file not found"));
            return null;
        }

        var schema = Compiled.GetOrAdd((full, phase, allowIncomplete, File.GetLastWriteTimeUtc(full)), key => new Lazy<SchematronSchema>(() => SchematronSchema.Load(key.Path, key.Phase, key.AllowIncomplete))).Value;
        diagnostics.AddRange(schema.Problems);
        return schema;
    }

    private static void RelaxNg(TeiInstance instance, string? schema, ValidationOptions options, DiagnosticBag diagnostics)
    {
        if (options.RelaxNg is null || schema is null)
        {
            return;
        }

        if (!File.Exists(schema))
        {
            diagnostics.Add(Findings.At(instance, instance.Document.Root, ValidationDiagnostics.SchemaNotFound, schema, instance.FileName));
            return;
        }

        foreach (var f in options.RelaxNg.Validate(schema, instance.Text, instance.DisplayPath))
        {
            var element = instance.ElementAt(f.Line, f.Column);
            var (primary, secondary) = instance.Locate(element);
            var tei = new SourceSpan(instance.DisplayPath, f.Line, f.Column);
            diagnostics.Add(instance.IsGenerated && secondary is not null
                ? new Diagnostic(f.Severity, f.Code, f.Message, primary, tei)
                : new Diagnostic(f.Severity, f.Code, f.Message, tei));
        }
    }
}
