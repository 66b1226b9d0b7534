using System.Collections.Concurrent;
using System.Xml;
using Edition.Build.Validation;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Core.Xml;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Integrity;
using Edition.Tei.Validation.Schematron;

namespace Edition.Cli.Commands;

/// <summary>
/// <c>edition validate FILE…</c>, file by file: RELAX NG with <c>--schema</c>, else the file's xml-model schema,
/// else tei_all for TEI; the file's xml-model Schematron and any <c>--schematron</c>; and the integrity checks a
/// project's files get (local pointers resolve, ids unique, dates well-formed). It keeps which schema each file
/// was validated with, to say so.
/// </summary>
internal sealed class FileValidator(string? schemaOverride, IReadOnlyList<SchematronSchema> rules, string teiAll, DiagnosticBag diagnostics, RelaxNgEngine relaxNg, bool allowIncomplete = false)
{
    private readonly ConcurrentDictionary<string, int> _used = new(StringComparer.Ordinal);

    // The shipped tei_all's release is read from its header once, not once per file.
    private readonly Lazy<string> _teiAllName = new(() => teiAll == GateSetup.ShippedTeiAll ? $"tei_all.rng ({VersionText.TeiRelease(teiAll)}, shipped)" : SourcePaths.Display(teiAll));

    public void Validate(string file)
    {
        var display = SourcePaths.Display(file);
        if (Bytes(file, display) is not { } bytes)
        {
            return;
        }

        // The file is read once: the tree, the RELAX NG pass and the xml-model scan share its bytes, each parser
        // decoding them as it goes (no copy of the whole text). RELAX NG reads them while the tree is built (two
        // cores on one file); its findings count only if the tree is. It runs on a thread of its own: queued to the
        // pool behind the files' own workers, it would start only when its file's tree was done.
        var models = XmlModels.Read(bytes);
        var prolog = XmlProlog.Read(bytes);
        var choice = ChooseRelaxNg(file, display, models, prolog.Root?.Namespace == Tei.Encoding.Tei.Ns);
        var relaxNgRun = choice.Schema is { } schema
            ? Task.Factory.StartNew(() => relaxNg.Validate(schema, bytes, display).ToList(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        var anySchematron = rules.Count > 0 || models.Any(m => m.Kind == SchemaKind.Schematron);
        if (Parse(file, bytes, prolog, display, keepText: anySchematron) is not { } instance)
        {
            return;
        }

        diagnostics.AddRange(choice.Missing);
        if (choice.Description is { } description)
        {
            _used.AddOrUpdate(description, 1, (_, n) => n + 1);
        }

        var schematrons = rules.Concat(ModelSchematron(file, models)).ToList();
        if (relaxNgRun is null && schematrons.Count == 0)
        {
            diagnostics.Add(CommandDiagnostics.NoSchema.At(new SourceSpan(display, 1, 1)));
            return;
        }

        foreach (var sch in schematrons)
        {
            ValidationGate.Schematron(instance, sch, diagnostics);
        }

        diagnostics.AddRange(IntegrityChecker.Facts(instance).Local);
        foreach (var f in relaxNgRun?.Result ?? [])
        {
            diagnostics.Add(new Diagnostic(f.Severity, f.Code, f.Message, new SourceSpan(display, f.Line, f.Column)));
        }
    }

    /// <summary>One line per schema used: which files it validated.</summary>
    public IEnumerable<string> Report() =>
        _used.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"validated {u.Value} file(s) with {u.Key}");

    private byte[]? Bytes(string file, string display)
    {
        if (!File.Exists(file))
        {
            diagnostics.Add(CommandDiagnostics.FileNotFound.At(SourceSpan.None(display)));
            return null;
        }

        if (SourceText.ReadBounded(file, EncodingDiagnostics.MaxXmlBytes) is not { } bytes)
        {
            diagnostics.Add(EncodingDiagnostics.TeiTooLarge.At(new SourceSpan(display, 1, 1), EncodingDiagnostics.MaxXmlBytes / (1024 * 1024)));
            return null;
        }

        return bytes;
    }

    /// <summary>The tree, or null with the reason reported (not well-formed, nested too deep).</summary>
    private TeiInstance? Parse(string file, byte[] bytes, XmlProlog prolog, string display, bool keepText)
    {
        try
        {
            return TeiInstance.Parse(file, bytes, keepText);
        }
        catch (XmlNestingException tooDeep)
        {
            // Deeper than Edition reads: the validators' walks are not run on it (a build refuses such a TEI-in file too).
            diagnostics.Add(EncodingDiagnostics.TeiNestedTooDeep.At(new SourceSpan(display, tooDeep.LineNumber, tooDeep.LinePosition), tooDeep.Limit));
        }
        catch (XmlException e)
        {
            // An entity of the DOCTYPE, which is not read (as in a build): said so, with what to write instead. An empty
            // file fails at line 0: it is reported at its start.
            diagnostics.Add(TeiInProlog.UnreadEntity(prolog, e, bytes, display)
                ?? EncodingDiagnostics.TeiNotWellFormed.At(new SourceSpan(display, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)), $"not well-formed XML: {e.Message}"));
        }

        return null;
    }

    /// <summary>
    /// --schema; else the first xml-model RELAX NG schema on this machine; else tei_all for a TEI root. What it reports
    /// (xml-model schemas missing, the schema used) is kept for when the file turns out well-formed.
    /// </summary>
    private RelaxNgChoice ChooseRelaxNg(string file, string display, IReadOnlyList<XmlModel> models, bool isTei)
    {
        if (schemaOverride is not null)
        {
            return new(schemaOverride, Path.GetFileName(schemaOverride) + " (--schema)", []);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var fallback = isTei && File.Exists(teiAll) ? teiAll : null;
        var missing = new List<Diagnostic>();
        foreach (var model in models.Where(m => m.Kind == SchemaKind.RelaxNg))
        {
            if (XmlModels.Resolve(model, directory, teiAll) is { } found && SchemaSelector.Readable(found))
            {
                return new(found, ReferenceEquals(found, teiAll) ? TeiAllName() + " (its xml-model)" : SourcePaths.Display(found) + " (its xml-model)", missing);
            }

            missing.Add(ValidationDiagnostics.XmlModelSchemaMissing.At(new SourceSpan(display, model.Line, model.Column), model.Href, fallback is null ? "no RELAX NG schema" : "tei_all"));
        }

        return new(fallback, fallback is null ? null : TeiAllName() + " (the file is TEI and names no schema on this machine)", missing);
    }

    private string Use(string schema, string description)
    {
        _used.AddOrUpdate(description, 1, (_, n) => n + 1);
        return schema;
    }

    private string TeiAllName() => _teiAllName.Value;

    /// <summary>The Schematron files the file's xml-model names, where they are on this machine (compiled once per process).</summary>
    private IEnumerable<SchematronSchema> ModelSchematron(string file, IReadOnlyList<XmlModel> models)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var display = SourcePaths.Display(file);
        foreach (var model in models.Where(m => m.Kind == SchemaKind.Schematron))
        {
            if (XmlModels.Resolve(model, directory, null) is not { } path)
            {
                diagnostics.Add(ValidationDiagnostics.XmlModelSchemaMissing.At(new SourceSpan(display, model.Line, model.Column), model.Href, "its other schemas"));
                continue;
            }

            if (ValidationGate.Load(path, null, diagnostics, allowIncomplete) is { } schema)
            {
                Use(path, SourcePaths.Display(path) + " (Schematron, its xml-model)");
                yield return schema;
            }
        }
    }

    private sealed record RelaxNgChoice(string? Schema, string? Description, IReadOnlyList<Diagnostic> Missing);
}
