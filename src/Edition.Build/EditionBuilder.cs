using System.Runtime.ExceptionServices;
using Edition.Build.Output;
using Edition.Build.Validation;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Rendering.Html;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Validation;

namespace Edition.Build;

/// <summary>
/// <c>edition build</c>: the pipeline, top to bottom. Each stage records diagnostics in one bag; the
/// build stops after a stage that recorded errors, and then writes nothing.
/// </summary>
public static class EditionBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var progress = options.Progress ?? (_ => { });

        progress("Loading sources");
        var source = SourceLoader.Load(options.ProjectDirectory, diagnostics);
        if (source is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        // The cache lives beside the output, so `edition validate`, which writes nothing, does not use it; a
        // shard's cache is its output; a merge takes in the shards' caches and must find everything in them.
        var session = options.Session;
        var shardFolder = options.Shard is { } part ? Path.GetFullPath(Path.Combine(options.OutputRoot, part.FolderName(source.Info.Id))) : null;
        var merging = options.MergeShards.Count > 0;
        // One build at a time writes this output and its cache (`edition serve` and `edition build` on one folder).
        using var buildLock = options.ValidateOnly ? null : BuildLock.Take(options.OutputRoot, options.Shard is { } own ? own.FolderName(source.Info.Id) : source.Info.Id, diagnostics);
        if (!options.ValidateOnly && buildLock is null)
        {
            return Failed(diagnostics);
        }

        var cache = shardFolder is not null ? BuildCache.At(shardFolder)
            : (options.Cache || merging) && !options.ValidateOnly ? session?.Cache(options.OutputRoot, source.Info.Id) ?? BuildCache.Open(options.OutputRoot, source.Info.Id)
            : null;
        // A build that fails takes away what it wrote to the cache as it went (disposed before the lock is let go).
        using var attempt = cache?.Begin();
        if (merging && cache is not null)
        {
            var shards = ShardManifest.LoadAll(options.MergeShards, source.Info.Id, diagnostics);
            if (shards is null)
            {
                return Failed(diagnostics);
            }

            progress($"Merging {shards.Count} shard(s)");
            cache.ImportShards(shards.Select(s => s.Folder));
        }

        progress($"Encoding {source.Documents.Count} document(s) as TEI");
        // No TEI-in file is parsed here: each is parsed by the step below that first needs its tree, if any (a
        // file an earlier build read, by its bytes, is known well-formed; others are read through to check).
        var tei = TeiEncoder.Encode(source, diagnostics, cache is null ? (_, _) => false : cache.Reading.Holds);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var mode = options.Validation ?? source.Info.Validation;
        var validation = mode == "off" ? null : ValidationGate.Start(tei, source with { Info = source.Info with { Validation = mode } }, GateSetup.Options(options) with { Include = options.Shard is { } mine ? mine.Holds : null }, cache?.Validation);
        progress(validation is null ? $"Reading {tei.Count} TEI file(s)"
            : options.Shard is { } s ? $"Validating and reading {tei.Count} TEI file(s) for shard {s}: integrity and reading across all, RELAX NG and Schematron on this shard's part"
            : options.ValidateOnly ? $"Validating {tei.Count} TEI file(s) (integrity, RELAX NG, Schematron)"
            : $"Validating (integrity, RELAX NG, Schematron) and reading {tei.Count} TEI file(s)");

        // One step per TEI file, on every core: validated and read while its tree exists, then the tree is let go,
        // so a corpus's trees never all exist at once. Across-file checks and the edition's view follow.
        var readings = new TeiFileReading?[tei.Count];
        var parsed = 0;
        ExceptionDispatchInfo? readFailure = null;
        var step = new StepProgress(progress, tei.Count, "TEI file(s) done");
        Parallel.For(0, tei.Count, i =>
        {
            validation?.File(i);
            try
            {
                readings[i] = options.ValidateOnly ? null : EditionReader.ReadFile(tei[i], cache?.Reading);
            }
            catch (Exception e) when (validation is not null)
            {
                readFailure ??= ExceptionDispatchInfo.Capture(e); // explained by the findings, if any; else rethrown below
            }

            if (tei[i].IsPassThrough && tei[i].IsParsed)
            {
                Interlocked.Increment(ref parsed);
            }

            tei[i].ReleaseTree();
            step.Done();
        });

        if (validation is not null)
        {
            validation.Complete(diagnostics);
            if (cache is not null)
            {
                progress($"validated {cache.Validation.Misses} of {cache.Validation.Hits + cache.Validation.Misses} TEI file(s) against schemas and rules, reused the rest's findings from the build cache; integrity checked across all");
            }

            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics);
            }
        }

        // TEI the reader could not take, though it passed validation: a defect of Edition, not of the edition.
        readFailure?.Throw();

        if (options.ValidateOnly)
        {
            return new BuildResult(diagnostics.Sorted(), null, []) { Validated = true };
        }

        var view = EditionReader.Assemble(source.Info, tei, readings.OfType<TeiFileReading>().ToList());
        if (cache is not null)
        {
            progress($"read {cache.Reading.Misses} of {cache.Reading.Hits + cache.Reading.Misses} TEI file(s), reused the rest's views from the build cache");
        }

        var templates = new TemplateSet(options.ProjectDirectory);

        // Every file is staged as it is made (a corpus's pages never all sit in memory) and put in place at the
        // end, only if the build succeeds; a shard writes its build cache only.
        using var writer = shardFolder is null ? OutputWriter.Open(options.OutputRoot, source.Info.Id, diagnostics, cache?.Manifest) : null;
        if (shardFolder is null && writer is null)
        {
            return Failed(diagnostics);
        }

        IOutputSink output = writer is null ? DiscardedOutput.Instance : writer;
        // A TEI-in file's bytes go out now and are then let go: the site's copy is read again from the file (and
        // must hash as before), so a corpus's bytes are not held while its pages are rendered.
        Parallel.ForEach(tei, d =>
        {
            output.Add(d.AsOutput("tei/"));
            d.ReleaseBytes();
        });

        if (options.Site)
        {
            progress($"Rendering the site ({view.Documents.Count} document page(s))");
            SiteRenderer.Render(view, tei, templates, diagnostics, output, cache?.Pages, options.Shard is { } only ? only.Holds : null, total => new StepProgress(progress, total, "document page set(s) done").Done);
            if (cache is not null)
            {
                progress($"rendered {cache.Pages.Misses} of {cache.Pages.Hits + cache.Pages.Misses} document page set(s) (a document's page and cite page per UI language), reused the rest and, when no list changed, the edition's own pages from the build cache");
            }
        }

        if (shardFolder is not null)
        {
            // The merge puts edition.tex together; a shard typesets its own documents for it.
            if (options.Print && !diagnostics.HasErrors)
            {
                PrintRenderer.RenderDocuments(view, templates, diagnostics, cache!.Print, tei, options.Shard!.Holds);
            }

            return diagnostics.HasErrors ? Failed(diagnostics) : WriteShard(shardFolder, source.Info.Id, options.Shard!, cache!, diagnostics, progress);
        }

        if (options.Print)
        {
            progress("Rendering the print edition");
            var print = PrintRenderer.Render(view, templates, diagnostics, cache?.Print, tei, total => new StepProgress(progress, total, "document(s) typeset").Done);
            if (cache is not null && cache.Print.Hits + cache.Print.Misses > 0)
            {
                progress($"typeset {cache.Print.Misses} of {cache.Print.Hits + cache.Print.Misses} document(s) for print, reused the rest from the build cache");
            }

            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics);
            }

            if (options.Pdf && print.FirstOrDefault(f => f.RelativePath == PrintRenderer.TexPath) is { } tex)
            {
                progress("Compiling the PDF (latexmk -xelatex)");
                var pdf = cache?.FindPdf(print) ?? LatexCompiler.Compile(System.Text.Encoding.UTF8.GetString(tex.Content), print, diagnostics, progress);
                if (pdf is not null)
                {
                    cache?.StorePdf(print, pdf);
                    output.Add(new OutputFile(PrintRenderer.PdfPath, pdf));
                }
            }

            Parallel.ForEach(print, output.Add);
        }

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var files = writer!.Files;
        progress($"Writing {files.Count} file(s)");
        var written = writer.Commit(diagnostics);
        if (written is not null && cache is not null)
        {
            // The edition is written: a cache that could not be written costs the next build time, not this one its output.
            Exception? cacheFailure = null;
            try
            {
                cache.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                cacheFailure = e;
            }

            if ((cacheFailure ?? cache.WriteFailure) is { } failure)
            {
                diagnostics.Add(Diagnostic.Warning("ED6005", SourceSpan.None(BuildCache.FolderOf(options.OutputRoot, source.Info.Id)), $"the build cache could not be written ({failure.Message}): the edition is complete; the next build does again the work the cache would have saved"));
            }
        }

        return written is null
            ? Failed(diagnostics)
            : new BuildResult(diagnostics.Sorted(), written, files)
            {
                PagesRendered = cache?.Pages.Misses ?? view.Documents.Count,
                PagesReused = cache?.Pages.Hits ?? 0,
                FilesValidated = cache?.Validation.Misses ?? (mode == "off" ? 0 : tei.Count),
                FilesValidationReused = cache?.Validation.Hits ?? 0,
                FilesRead = cache?.Reading.Misses ?? view.Files.Count,
                FilesReadReused = cache?.Reading.Hits ?? 0,
                TeiInFilesParsed = parsed,
                DocumentsTypeset = cache?.Print.Misses ?? (options.Print ? view.Documents.Count : 0),
                DocumentsTypesetReused = cache?.Print.Hits ?? 0,
            };
    }

    /// <summary>A shard's output: its cache entries (findings, pages) and shard.json, written only when it all succeeded.</summary>
    private static BuildResult WriteShard(string folder, string editionId, Shard shard, BuildCache cache, DiagnosticBag diagnostics, Action<string> progress)
    {
        try
        {
            Directory.CreateDirectory(folder);
            cache.Commit();
            // A shard's cache is its output: an entry that could not be written is a part the merge would lack.
            if (cache.WriteFailure is { } failure)
            {
                throw failure;
            }

            new ShardManifest(editionId, shard.Index, shard.Count).Save(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("ED6001", SourceSpan.None(folder), $"cannot write the shard: {e.Message}"));
            return Failed(diagnostics);
        }

        progress($"Shard {shard}: {cache.Validation.Hits + cache.Validation.Misses} TEI file(s) validated, {cache.Pages.Hits + cache.Pages.Misses} document page set(s) rendered; merge the shards with `edition merge`");
        var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return new BuildResult(diagnostics.Sorted(), folder, written)
        {
            PagesRendered = cache.Pages.Misses,
            PagesReused = cache.Pages.Hits,
            FilesValidated = cache.Validation.Misses,
            FilesValidationReused = cache.Validation.Hits,
            DocumentsTypeset = cache.Print.Misses,
        };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.Sorted(), null, []);
}
