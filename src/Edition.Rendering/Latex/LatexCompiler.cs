using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;

namespace Edition.Rendering.Latex;

/// <summary>
/// Runs <c>latexmk -xelatex</c> on the rendered .tex in a private temporary folder and returns the PDF.
/// A LaTeX error becomes ED5102 diagnostics at the .tex line the log names; a missing TeX installation
/// is one ED5101 warning naming the Debian packages (the .tex is still written by the build).
/// </summary>
public static class LatexCompiler
{
    public const string DebianPackages = "latexmk texlive-xetex texlive-humanities texlive-lang-cyrillic texlive-lang-arabic texlive-plain-generic fonts-noto-core fonts-noto-cjk";

    /// <summary>A fixed date for the PDF's metadata, so the same edition gives the same PDF bytes.</summary>
    public const string SourceDateEpoch = "315532800";

    public static bool IsAvailable => FindOnPath("latexmk", null) is not null && FindOnPath("xelatex", null) is not null;

    /// <summary>
    /// The PDF, or null after recording why not. <paramref name="searchPath"/> replaces PATH for finding
    /// latexmk and xelatex (tests use it to simulate a machine without TeX).
    /// </summary>
    /// <param name="readLog">Given the log of a successful run (what the PDF lacks is only there).</param>
    public static byte[]? Compile(string texSource, IReadOnlyList<OutputFile> supportFiles, DiagnosticBag diagnostics, Action<string>? progress = null, TimeSpan? timeout = null, string? searchPath = null, Action<string>? readLog = null)
    {
        var latexmk = FindOnPath("latexmk", searchPath);
        if (latexmk is null || FindOnPath("xelatex", searchPath) is null)
        {
            diagnostics.Add(RenderingDiagnostics.TexNotInstalled.At(SourceSpan.None(PrintRenderer.TexPath), PrintRenderer.PdfPath, DebianPackages));
            return null;
        }

        var dir = LatexWorkFolder.Create();
        try
        {
            File.WriteAllText(Path.Combine(dir, "edition.tex"), texSource, new System.Text.UTF8Encoding(false));
            foreach (var file in supportFiles)
            {
                var relative = file.RelativePath.StartsWith("print/", StringComparison.Ordinal) ? file.RelativePath["print/".Length..] : file.RelativePath;
                if (relative == "edition.tex")
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(dir, relative));
                if (!target.StartsWith(dir, StringComparison.Ordinal))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }

            progress?.Invoke("latexmk -xelatex edition.tex");
            var (exitCode, output) = Run(latexmk, dir, timeout ?? TimeoutFor(texSource.Length));
            var pdf = Path.Combine(dir, "edition.pdf");
            var log = Path.Combine(dir, "edition.log");
            var logText = File.Exists(log) ? File.ReadAllText(log) : "";
            if (exitCode != 0 || !File.Exists(pdf))
            {
                var errors = LatexLog.Errors(logText);
                if (errors.Count == 0)
                {
                    errors = [RenderingDiagnostics.LatexmkFailed.At(SourceSpan.None(PrintRenderer.TexPath), exitCode, LatexLog.Tail(output))];
                }

                diagnostics.AddRange(errors);
                return null;
            }

            readLog?.Invoke(logText);
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the build over it would not be.
            }
        }
    }

    /// <summary>
    /// How long latexmk may take: five minutes, and a second more for every 1,000 characters of .tex (a 900-page volume
    /// and a 560 KB TEI file each took over five minutes on a loaded machine). The bound is there to stop a run that never ends, not a long one.
    /// </summary>
    public static TimeSpan TimeoutFor(int texLength) => TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(texLength / 1_000);

    private static (int ExitCode, string Output) Run(string latexmk, string dir, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(latexmk)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // -file-line-error names the file of an error (edition.tex or a theme's .sty); -norc keeps a user's
        // latexmkrc out; reledmac, reledpar and two indexes need more passes than latexmk's default five.
        foreach (var arg in new[] { "-xelatex", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "-norc", "-e", "$max_repeat=10", "edition.tex" })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["SOURCE_DATE_EPOCH"] = SourceDateEpoch;
        psi.Environment["FORCE_SOURCE_DATE"] = "1";
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindOnPath(string name, string? searchPath) =>
        (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
