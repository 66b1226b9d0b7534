using Edition.Build.Output;
using Edition.Build.Validation;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source;
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

        progress($"Encoding {source.Documents.Count} document(s) as TEI");
        var tei = TeiEncoder.Encode(source, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        var mode = options.Validation ?? source.Info.Validation;
        if (mode != "off")
        {
            progress($"Validating {tei.Count} TEI file(s) (integrity, RELAX NG, Schematron)");
            ValidationGate.Validate(tei, source with { Info = source.Info with { Validation = mode } }, GateSetup.Options(options), diagnostics);
            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics);
            }
        }

        if (options.ValidateOnly)
        {
            return new BuildResult(diagnostics.Sorted(), null, []) { Validated = true };
        }

        var files = tei.Select(d => d.PassThroughBytes is { } bytes ? new OutputFile("tei/" + d.FileName, bytes) : OutputFile.Text("tei/" + d.FileName, d.Text)).ToList();

        progress("Reading TEI for rendering");
        var view = EditionReader.Read(source.Info, tei);
        var templates = new TemplateSet(options.ProjectDirectory);
        var cache = options.Cache ? BuildCache.Open(options.OutputRoot, source.Info.Id) : null;

        if (options.Site)
        {
            progress($"Rendering the site ({view.Documents.Count} document page(s))");
            files.AddRange(SiteRenderer.Render(view, tei, templates, diagnostics, cache?.Pages));
            if (cache is not null)
            {
                progress($"rebuilt {cache.Pages.Misses} of {cache.Pages.Hits + cache.Pages.Misses} document page set(s) (a document's page and cite page per UI language), reused the rest from the build cache; edition pages, lists and search index re-rendered");
            }
        }

        if (options.Print)
        {
            progress("Rendering the print edition");
            var print = PrintRenderer.Render(view, templates, diagnostics);
            files.AddRange(print);
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
                    files.Add(new OutputFile(PrintRenderer.PdfPath, pdf));
                }
            }
        }

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        progress($"Writing {files.Count} file(s)");
        var written = OutputWriter.Write(options.OutputRoot, source.Info.Id, files, diagnostics, cache?.Manifest);
        if (written is not null)
        {
            cache?.Prune();
        }

        return written is null
            ? Failed(diagnostics)
            : new BuildResult(diagnostics.Sorted(), written, files.Select(f => f.RelativePath).ToList())
            {
                PagesRendered = cache?.Pages.Misses ?? view.Documents.Count,
                PagesReused = cache?.Pages.Hits ?? 0,
            };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.Sorted(), null, []);
}
