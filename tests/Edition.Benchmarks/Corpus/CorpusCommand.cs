using Edition.Core.Source.Model;
using System.Diagnostics;
using System.Globalization;
using Edition.Build;

namespace Edition.Benchmarks.Corpus;

/// <summary>
/// Quick, warm, in-process timings for corpus-bench.sh (BenchmarkDotNet's full runs take too long on a
/// shared 2-core machine to sit in a script; <see cref="CorpusBenchmarks"/> has the same cases for it):
/// <c>parse FILE...</c>, <c>read FILE...</c> (the TEI reader alone), <c>xslt XSL FILE...</c>, <c>build PROJECT OUT [validation]</c>, <c>relaxng SCHEMA FILE</c>, <c>write-floor SITE OUT</c>, <c>memory PROJECT OUT</c>, <c>render PROJECT [N]</c> (the site's render stage alone), <c>synth N OUT VOLUME...</c>,
/// <c>touch-rebuild PROJECT OUT</c> (edits one document each run; validation warn: the split documents keep cross-references that now dangle). Each prints one line <c>name: best ms (of N runs)</c>.
/// </summary>
internal static class CorpusCommand
{
    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("RUNS"), out var r) ? r : 5;

    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["parse", .. var files]:
                var bytes = files.Select(File.ReadAllBytes).ToList();
                Report("raw XmlReader parse", () => CorpusBaselines.RawParse(bytes));
                return 0;
            case ["read", .. var files]:
                // The reader alone (TEI tree → views), the trees parsed once beforehand, as the Read stage sees them.
                var trees = files.Select(f => new Edition.Tei.Encoding.EncodedDocument(Path.GetFileNameWithoutExtension(f), Path.GetFileName(f), Edition.Core.Xml.SafeXml.Load(f), f, File.ReadAllBytes(f))).ToList();
                Report($"TEI reader over {trees.Count} file(s)", () => trees.Sum(t => (long)Edition.Tei.Reading.TeiFileReader.Read(t).Documents.Count));
                ReportCpu($"TEI reader over {trees.Count} file(s)", () => trees.Sum(t => (long)Edition.Tei.Reading.TeiFileReader.Read(t).Documents.Count));
                return 0;
            case ["xslt", var xsl, .. var files]:
                var input = files.Select(File.ReadAllBytes).ToList();
                var clock = Stopwatch.StartNew();
                var xslt = CorpusBaselines.Compile(xsl);
                Console.WriteLine($"XslCompiledTransform compile: {clock.ElapsedMilliseconds} ms");
                Report("XslCompiledTransform transform", () => CorpusBaselines.Transform(xslt, input));
                return 0;
            case ["build", var project, var output, .. var rest]:
                var validation = rest.FirstOrDefault();
                // A whole build from scratch: no build cache, or every run after the first would reuse pages.
                Report($"Edition build (validation {validation ?? "error"})", () => Build(project, output, validation, stages: false, cache: false));
                Build(project, output, validation, stages: true, cache: false);
                Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
                return 0;
            case ["relaxng", var schemaFile, var file]:
                // One file against its schema, warm, in process: a file is validated as one stream, on one core.
                var schema = Edition.RelaxNg.RelaxNgSchema.Load(schemaFile);
                var document = File.ReadAllBytes(file);
                Report("RELAX NG validation, one file on one core", () => CorpusBaselines.Validate(schema, document, file));
                return 0;
            case ["write-floor", var site, var output]:
                // The bytes of a built output written again, on every core, into a fresh folder each run: what
                // writing that many files costs on this disk, with no rendering.
                var written = CorpusBaselines.ReadTree(site);
                var run = 0;
                Report($"writing {written.Count} files again", () => CorpusBaselines.WriteTree(written, Path.Combine(output, (run++).ToString(CultureInfo.InvariantCulture))));
                Directory.Delete(output, recursive: true);
                return 0;
            case ["memory", var project, var output]:
                return Memory(project, output);
            case ["render", var project, .. var count]:
                // The site's render stage alone, N times over views read once (RenderStage).
                return RenderStage.Run(project, count.Length > 0 ? int.Parse(count[0], CultureInfo.InvariantCulture) : Runs);
            case ["synth", var n, var output, .. var volumes]:
                var made = SyntheticCorpus.Create(output, volumes, int.Parse(n, CultureInfo.InvariantCulture));
                Console.WriteLine($"synthetic corpus: {made.Count} TEI files in {output}");
                return 0;
            case ["touch-rebuild", var project, var output]:
                // As `edition serve` rebuilds: one process, one session kept between builds.
                var session = new BuildSession();
                Build(project, output, "warn", stages: false, session: session);
                var first = Directory.GetFiles(Path.Combine(project, "documents"), "*.xml").Order(StringComparer.Ordinal).First();
                // Each run really edits the file (a new comment), so its hash changes and the build cache must
                // re-render that document's pages; the rest may come from the cache.
                var edits = 0;
                Report("rebuild after editing one document", () =>
                {
                    File.WriteAllText(first, File.ReadAllText(first).Replace("</body>", $"<!-- edit {++edits} --></body>", StringComparison.Ordinal));
                    File.SetLastWriteTimeUtc(first, DateTime.UtcNow);
                    return Build(project, output, "warn", stages: true, session: session);
                });
                return 0;
            default:
                Console.Error.WriteLine("usage: corpus parse FILE... | read FILE... | xslt XSL FILE... | build PROJECT OUT [error|warn|off] | relaxng SCHEMA FILE | write-floor SITE OUT | memory PROJECT OUT | render PROJECT [N] | synth N OUT VOLUME... | touch-rebuild PROJECT OUT");
                return 2;
        }
    }

    /// <summary>The memory command (see its comment).</summary>
    private static int Memory(string project, string output)
    {
        // Per stage of a clean build (build cache on, print .tex): the live managed heap as it begins (after a
        // full collection) and the peak working set while it ran (sampled every 10 ms), so the stage that sets
        // the peak, and how much of it is the collector's headroom rather than held data, can be seen.
        // MEMORY_RSS_ONLY=1: no forced collections, which lower the peaks they interrupt.
        var rssOnly = Environment.GetEnvironmentVariable("MEMORY_RSS_ONLY") == "1";
        var heap = Stopwatch.StartNew();
        long stagePeak = 0;
        // The managed heap's own peak (garbage not yet collected included), beside the working set: what of the
        // peak the collector's heap is, and what the runtime, code and native buffers.
        long heapPeak = 0;
        // A thread of its own: the thread pool, which a timer would use, is busy with the build.
        var sampling = true;
        var sampler = new Thread(() =>
        {
            while (Volatile.Read(ref sampling))
            {
                Raise(ref stagePeak, Environment.WorkingSet);
                Raise(ref heapPeak, GC.GetTotalMemory(forceFullCollection: false));

                Thread.Sleep(10);
            }
        }) { IsBackground = true };
        sampler.Start();
        static void Raise(ref long peak, long now)
        {
            long seen;
            while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
            {
            }
        }

        void Line(string what)
        {
            var peak = Interlocked.Exchange(ref stagePeak, 0) / (1024 * 1024);
            var peakHeap = Interlocked.Exchange(ref heapPeak, 0) / (1024 * 1024);
            var live = rssOnly ? "" : $"{GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024),5} MiB live, ";
            // The collector's committed memory and the process's anonymous memory (Linux): the headroom over the
            // live heap, and what is native (runtime, code, buffers, stacks) rather than the collector's.
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024);
            Console.WriteLine($"  peak {peak,5} MiB (heap {peakHeap,4}) before this; {live}committed {committed,4} MiB, anonymous {AnonymousMiB(),4} MiB, at {heap.ElapsedMilliseconds,6} ms  {what}");
        }

        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = project,
            OutputRoot = output,
            Validation = ValidationPolicy.Warn,
            Pdf = false,
            Progress = line =>
            {
                Line(line);
                // MEMORY_PAUSE_AT=<start of a progress line>: time to take a heap dump (dotnet-gcdump collect -p PID) there.
                if (Environment.GetEnvironmentVariable("MEMORY_PAUSE_AT") is { Length: > 0 } at && line.StartsWith(at, StringComparison.Ordinal))
                {
                    Console.WriteLine($"  paused 30 s for a heap dump of process {Environment.ProcessId}");
                    Thread.Sleep(TimeSpan.FromSeconds(30));
                }
            },
        });
        Line($"the end; {(result.Succeeded ? "built" : "failed")}; peak working set of the process {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        // What the collector's settings cost: its collections and the time the build was paused for them.
        Console.WriteLine($"  collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
        Volatile.Write(ref sampling, false);
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The process's anonymous resident memory (RssAnon of /proc/self/status), 0 where there is none.</summary>
    private static long AnonymousMiB()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line["RssAnon:".Length..^"kB".Length].Trim(), CultureInfo.InvariantCulture) / 1024;
    }

    private static int Build(string project, string output, string? validation, bool stages, bool cache = true, BuildSession? session = null)
    {
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var stage = "start";
        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = project,
            OutputRoot = output,
            Validation = ValidationPolicyNames.Parse(validation),
            Pdf = false,
            Print = false,
            Cache = cache,
            Session = session,
            Progress = stages ? line =>
            {
                Console.WriteLine($"  {(clock.Elapsed - last).TotalMilliseconds,7:0} ms  {stage}");
                (last, stage) = (clock.Elapsed, line);
            } : null,
        });
        if (stages)
        {
            Console.WriteLine($"  {(clock.Elapsed - last).TotalMilliseconds,7:0} ms  {stage}");
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("build failed:\n" + string.Join('\n', result.Diagnostics.Take(10)));
        }

        return result.WrittenFiles.Count;
    }

    /// <summary>One warm-up, then the best of <see cref="Runs"/> runs.</summary>
    /// <summary>The processor time of a run, on all its threads (steadier than wall time on a loaded machine): best and median.</summary>
    private static void ReportCpu(string name, Func<long> run)
    {
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            run();
            times.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name}, processor time: {times[0]:0} ms best, {times[times.Count / 2]:0} ms median (of {Runs})");
    }

    private static void Report(string name, Func<long> run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name}: {best:0} ms (best of {Runs})");
    }
}
