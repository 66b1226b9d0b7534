using Edition.Core.Output;
using Edition.Rendering.Latex;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 8: the print edition (<c>print/edition.tex</c>, compiled to the PDF when the plan asks). A shard typesets
/// its own documents into its cache; the merge puts edition.tex together.
/// </summary>
internal static class RenderPrint
{
    public static void Run(BuildContext build)
    {
        if (!build.Plan.Print)
        {
            return;
        }

        if (build.Plan.Shard is { } shard)
        {
            if (!build.HasErrors)
            {
                PrintRenderer.RenderDocuments(build.View, build.Templates, build.Diagnostics, build.Cache!.Print, build.Tei, shard.Holds, build.Figures);
            }

            return;
        }

        var print = Typeset(build);
        if (build.HasErrors || print is null)
        {
            return;
        }

        if (build.Plan.Pdf)
        {
            print = CompilePdf(build, print);
        }

        Parallel.ForEach(print.Files, build.Output.Add);
    }

    private static PrintEdition? Typeset(BuildContext build)
    {
        var progress = build.Progress;
        progress("Rendering the print edition");
        var print = PrintRenderer.RenderEdition(build.View, build.Templates, build.Diagnostics, build.Cache?.Print, build.Tei, total => new StepProgress(progress, total, "document(s) typeset").Done, build.Figures);
        if (build.Cache is { } cache && cache.Print.Hits + cache.Print.Misses > 0)
        {
            progress($"typeset {cache.Print.Misses} of {cache.Print.Hits + cache.Print.Misses} document(s) for print, reused the rest from the build cache");
        }

        return print;
    }

    /// <summary>
    /// The PDF, from the cache when the same LaTeX was compiled before; the edition as compiled, with the plain
    /// fallback of any document LaTeX stopped in (the .tex written is the one the PDF was made from).
    /// </summary>
    private static PrintEdition CompilePdf(BuildContext build, PrintEdition print)
    {
        build.Progress("Compiling the PDF (latexmk -xelatex)");
        var cache = build.Cache;
        if (cache?.FindPdf(print.Files) is { } known)
        {
            build.Output.Add(new OutputFile(PrintRenderer.PdfPath, known));
            return print;
        }

        var (pdf, compiled) = PrintCompilation.Compile(print, build.Diagnostics, build.Tei, build.Progress);
        if (pdf is not null)
        {
            cache?.StorePdf(compiled.Files, pdf);
            build.Output.Add(new OutputFile(PrintRenderer.PdfPath, pdf));
        }

        return compiled;
    }
}
