using System.Text;
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
        if (build.HasErrors)
        {
            return;
        }

        if (build.Plan.Pdf && print.FirstOrDefault(f => f.RelativePath == PrintRenderer.TexPath) is { } tex)
        {
            CompilePdf(build, print, tex);
        }

        Parallel.ForEach(print, build.Output.Add);
    }

    private static IReadOnlyList<OutputFile> Typeset(BuildContext build)
    {
        var progress = build.Progress;
        progress("Rendering the print edition");
        var print = PrintRenderer.Render(build.View, build.Templates, build.Diagnostics, build.Cache?.Print, build.Tei, total => new StepProgress(progress, total, "document(s) typeset").Done, build.Figures);
        if (build.Cache is { } cache && cache.Print.Hits + cache.Print.Misses > 0)
        {
            progress($"typeset {cache.Print.Misses} of {cache.Print.Hits + cache.Print.Misses} document(s) for print, reused the rest from the build cache");
        }

        return print;
    }

    /// <summary>The PDF, from the cache when the same LaTeX was compiled before.</summary>
    private static void CompilePdf(BuildContext build, IReadOnlyList<OutputFile> print, OutputFile tex)
    {
        build.Progress("Compiling the PDF (latexmk -xelatex)");
        var cache = build.Cache;
        var pdf = cache?.FindPdf(print) ?? LatexCompiler.Compile(Encoding.UTF8.GetString(tex.Content), print, build.Diagnostics, build.Progress);
        if (pdf is not null)
        {
            cache?.StorePdf(print, pdf);
            build.Output.Add(new OutputFile(PrintRenderer.PdfPath, pdf));
        }
    }
}
