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
        if (!Readable(file, display))
        {
            return;
        }

        // Each parser reads the file as a stream of its own, decoding it as it goes: no copy of the file is held (a
        // volume's bytes were the largest objects of a run, and fresh memory is costly). RELAX NG reads it while its
        // markup is read for the other checks (two cores on one file); its findings count only if the file is
        // well-formed. It runs on a thread of its own: queued to the pool behind the files' own workers, it would
        // start only when its file's other reading was done.
        Stream Open() => new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var models = XmlModels.Read(Open());
        var prolog = XmlProlog.Read(Open);
        var choice = ChooseRelaxNg(file, display, models, prolog.Root?.Namespace == Tei.Encoding.Tei.Ns);
        var relaxNgRun = choice.Schema is { } schema
            ? Task.Factory.StartNew(() => relaxNg.Validate(schema, Open, display).ToList(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        // The tree is built only for Schematron found on this machine (an xml-model naming a missing one needs none).
        var modelRules = ModelSchematron(file, models);
        var schematrons = rules.Concat(modelRules.Schemas.Select(s => s.Schema)).ToList();
        if (Parse(file, Open, prolog, display, keepText: schematrons.Count > 0) is not { } instance)
        {
            return;
        }

        diagnostics.AddRange(choice.Missing);
        diagnostics.AddRange(modelRules.Findings.Sorted());
        foreach (var description in modelRules.Schemas.Select(s => s.Description).Prepend(choice.Description).OfType<string>())
        {
            _used.AddOrUpdate(description, 1, (_, n) => n + 1);
        }

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

    /// <summary>Whether the file is there, a regular file and within the size Edition reads (else reported).</summary>
    private bool Readable(string file, string display)
    {
        if (!File.Exists(file))
        {
            diagnostics.Add(CommandDiagnostics.FileNotFound.At(SourceSpan.None(display)));
            return false;
        }

        if (SpecialFiles.IsSpecial(file) || new FileInfo(file).Length > EncodingDiagnostics.MaxXmlBytes)
        {
            diagnostics.Add(EncodingDiagnostics.TeiTooLarge.At(new SourceSpan(display, 1, 1), EncodingDiagnostics.MaxXmlBytes / (1024 * 1024)));
            return false;
        }

        return true;
    }

    /// <summary>The tree, or null with the reason reported (not well-formed, nested too deep).</summary>
    private TeiInstance? Parse(string file, Func<Stream> open, XmlProlog prolog, string display, bool keepText)
    {
        try
        {
            // Schematron rules read the tree; the integrity checks alone read an outline of the markup, streamed.
            return keepText ? TeiInstance.Parse(file, open) : TeiInstance.Outlined(file, open);
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
            diagnostics.Add(UnreadEntity(file, prolog, e, display)
                ?? EncodingDiagnostics.TeiNotWellFormed.At(new SourceSpan(display, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)), $"not well-formed XML: {e.Message}"));
        }

        return null;
    }

    /// <summary>The explanation of an entity the DOCTYPE declares but Edition does not read (the file is read whole for it only then).</summary>
    private static Diagnostic? UnreadEntity(string file, XmlProlog prolog, XmlException e, string display) =>
        prolog.Doctype is null || SourceText.ReadBounded(file, EncodingDiagnostics.MaxXmlBytes) is not { } bytes ? null : TeiInProlog.UnreadEntity(prolog, e, bytes, display);

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

    private string TeiAllName() => _teiAllName.Value;

    /// <summary>
    /// The Schematron files the file's xml-model names, where they are on this machine (compiled once per process),
    /// each with how the report names it; and what was found on the way (a missing file, an unusable schema), kept
    /// for when the file turns out well-formed.
    /// </summary>
    private SchematronChoice ModelSchematron(string file, IReadOnlyList<XmlModel> models)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var display = SourcePaths.Display(file);
        var choice = new SchematronChoice([], new DiagnosticBag());
        foreach (var model in models.Where(m => m.Kind == SchemaKind.Schematron))
        {
            if (XmlModels.Resolve(model, directory, null) is not { } path)
            {
                choice.Findings.Add(ValidationDiagnostics.XmlModelSchemaMissing.At(new SourceSpan(display, model.Line, model.Column), model.Href, "its other schemas"));
            }
            else if (ValidationGate.Load(path, null, choice.Findings, allowIncomplete) is { } schema)
            {
                choice.Schemas.Add((schema, SourcePaths.Display(path) + " (Schematron, its xml-model)"));
            }
        }

        return choice;
    }

    private sealed record SchematronChoice(List<(SchematronSchema Schema, string Description)> Schemas, DiagnosticBag Findings);

    private sealed record RelaxNgChoice(string? Schema, string? Description, IReadOnlyList<Diagnostic> Missing);
}
