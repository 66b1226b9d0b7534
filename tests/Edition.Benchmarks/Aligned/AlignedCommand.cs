using System.Diagnostics;
using System.Globalization;
using Edition.Build;
using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Benchmarks.Aligned;

/// <summary>
/// <c>aligned pairs N...</c>: one document of N keyed paragraph pairs per size; <c>aligned documents D...</c>: D
/// documents of 250 pairs each. For each, the whole build (site, no print) with validation off, the same build
/// validated, and validation alone (<c>edition validate</c>), best of RUNS each, warm, in one process: the
/// validated build is reported as its difference from, and ratio to, the build without validation.
/// WARMUP=0 leaves out the warm-up run (then put a small size first, to warm the code up); VALIDATE_ONLY=1 times
/// validation alone (for the slow runs of quadratic validation).
/// <c>aligned create PAIRS DIR [DOCUMENTS]</c> writes such an edition and nothing else.
/// </summary>
internal static class AlignedCommand
{
    private const int PairsPerDocument = 250;

    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("RUNS"), out var r) ? r : 3;

    public static int Run(string[] args)
    {
        if (args is ["create", var n, var directory, .. var rest])
        {
            // The edition alone, to build or profile from the command line.
            var documents = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1;
            AlignedEdition.Create(directory, int.Parse(n, CultureInfo.InvariantCulture), documents);
            return 0;
        }

        var (kind, sizes) = args switch
        {
            ["pairs", .. var counts] => ("pairs", counts),
            ["documents", .. var counts] => ("documents", counts),
            _ => ("", []),
        };
        if (kind.Length == 0 || sizes.Length == 0)
        {
            Console.Error.WriteLine("usage: aligned pairs N... | aligned documents D... | aligned create PAIRS DIR [DOCUMENTS]   (RUNS, default 3)");
            return 2;
        }

        var work = Path.Combine(Path.GetTempPath(), $"edition-aligned-{Environment.ProcessId}");
        var validateOnly = Environment.GetEnvironmentVariable("VALIDATE_ONLY") == "1";
        Console.WriteLine($"{kind,9} {"pairs",6} | wall ms: {"off",6} {"validated",9} {"diff",6} {"ratio",5} {"validate",8} | cpu ms: {"off",6} {"validated",9} {"diff",6} {"validate",8}");
        foreach (var size in sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            var project = kind == "pairs"
                ? AlignedEdition.Create(Path.Combine(work, "project"), size)
                : AlignedEdition.Create(Path.Combine(work, "project"), PairsPerDocument, size);
            var output = Path.Combine(work, "out");
            var none = (Wall: double.NaN, Cpu: double.NaN);
            var off = validateOnly ? none : Best(() => Build(project, output, ValidationPolicy.Off, validateOnly: false));
            var validated = validateOnly ? none : Best(() => Build(project, output, ValidationPolicy.Error, validateOnly: false));
            var validation = Best(() => Build(project, output, ValidationPolicy.Error, validateOnly: true));
            var pairs = kind == "pairs" ? size : size * PairsPerDocument;
            Console.WriteLine($"{size,9} {pairs,6} | wall ms: {off.Wall,6:0} {validated.Wall,9:0} {validated.Wall - off.Wall,6:0} {validated.Wall / off.Wall,5:0.00} {validation.Wall,8:0}"
                + $" | cpu ms: {off.Cpu,6:0} {validated.Cpu,9:0} {validated.Cpu - off.Cpu,6:0} {validation.Cpu,8:0}");
        }

        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static void Build(string project, string output, ValidationPolicy validation, bool validateOnly)
    {
        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = project,
            OutputRoot = output,
            Validation = validation,
            ValidateOnly = validateOnly,
            Print = false,
            Pdf = false,
            // From scratch each time: the build cache would reuse validation findings and pages.
            Cache = false,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("build failed:\n" + string.Join('\n', result.Diagnostics.Take(10)));
        }
    }

    /// <summary>
    /// One warm-up (none with WARMUP=0, for slow runs), then the best of <see cref="Runs"/> runs: the elapsed
    /// time, and the processor time of the process (all its threads), which a loaded machine disturbs less.
    /// </summary>
    private static (double Wall, double Cpu) Best(Action run)
    {
        if (Environment.GetEnvironmentVariable("WARMUP") != "0")
        {
            run();
        }

        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < Runs; i++)
        {
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            wall = Math.Min(wall, clock.Elapsed.TotalMilliseconds);
            cpu = Math.Min(cpu, (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
        }

        return (wall, cpu);
    }
}
