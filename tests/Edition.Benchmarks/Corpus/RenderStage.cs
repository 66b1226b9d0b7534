using System.Diagnostics;
using System.Security.Cryptography;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source;
using Edition.Rendering.Html;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;

namespace Edition.Benchmarks.Corpus;

/// <summary>
/// The site's render stage alone (<c>corpus render PROJECT [N]</c>): the project loaded, encoded and read once, then
/// its whole site rendered N times in process (no cache, nothing written), with wall and processor time per render
/// and a hash of the rendered files, so a change to the renderer can be timed and checked for the same bytes.
/// </summary>
internal static class RenderStage
{
    public static int Run(string project, int renders)
    {
        var bag = new DiagnosticBag();
        var source = SourceLoader.Load(project, bag) ?? throw new InvalidOperationException("the project did not load");
        var tei = TeiEncoder.Encode(source, bag);
        var edition = EditionReader.Read(source.Info, tei, conventions: source.Conventions);
        // COMPILED=0: every page through Scriban, as before the default theme's templates were compiled.
        var templates = new TemplateSet(project) { CompiledPages = Environment.GetEnvironmentVariable("COMPILED") != "0" };
        var hash = Render(edition, tei, templates); // warm-up: the templates parsed, the code jitted
        var times = new List<(double Wall, double Cpu, long Allocated)>();
        for (var i = 0; i < renders; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            Render(edition, tei, templates);
            times.Add((clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
        }

        // The allocations include the hash of the files below, the same for every change that keeps the bytes.
        Console.WriteLine($"site render of {Path.GetFileName(project.TrimEnd('/'))}: {times.Min(t => t.Wall):0} ms wall best, {times.Min(t => t.Cpu):0} ms processor best (of {renders}), {times.Min(t => t.Allocated) / 1e6:0.0} MB allocated; files {hash}");
        return 0;
    }

    /// <summary>One render of the site; the hash of its files' paths and bytes, in path order.</summary>
    private static string Render(Edition.Tei.Reading.Views.EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates)
    {
        var files = new OutputList();
        var bag = new DiagnosticBag();
        SiteRenderer.Render(edition, tei, templates, bag, (IOutputSink)files);
        if (bag.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', bag.Sorted().Take(10)));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file.RelativePath + "\n"));
            sha.AppendData(file.Content);
        }

        return $"{files.Count} files, sha256 {Convert.ToHexString(sha.GetHashAndReset())[..16]}";
    }
}
