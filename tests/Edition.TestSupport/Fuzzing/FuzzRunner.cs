using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// Runs a parser on its seeds, then on <see cref="FuzzSettings.Iterations"/> mutants, each in process under a time
/// bound. The parser's harness (<paramref name="target"/>) turns the outcomes the caller documents (diagnostics, the
/// exceptions the caller reports as diagnostics) into a return; whatever else escapes, and any input that runs past
/// the bound, is a failure: the input is written under the test's output folder (<c>fuzz-failures/NAME/</c>) to be kept
/// as a regression case, and the run fails naming it.
/// </summary>
public static class FuzzRunner
{
    private const int MaxFailuresKept = 10;

    private const string KnownFailure = "known";

    /// <param name="known">
    /// Failures known and left to other work (each also kept as a skipped regression case): counted and named in the
    /// report, not failing the run, so the run goes on finding others.
    /// </param>
    /// <param name="xmlNames">For XML: element and attribute names; half the mutants are then made on the tree (<see cref="XmlTreeMutator"/>).</param>
    public static FuzzReport Run(string name, IReadOnlyList<byte[]> seeds, FuzzDictionary dictionary, Action<byte[]> target, Func<Exception, bool>? known = null, IReadOnlyList<string>? xmlNames = null)
    {
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"fuzzing {name}: no seeds");
        }

        var mutator = new Mutator(seeds, dictionary, new Random(FuzzSettings.Seed));
        var tree = xmlNames is null ? null : new XmlTreeMutator(seeds, xmlNames, [.. dictionary.Tokens, .. FuzzDictionary.Common], new Random(FuzzSettings.Seed + 1));
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var knownCount = 0;
        var total = seeds.Count + FuzzSettings.Iterations;
        for (var i = 0; i < total && failures.Count < MaxFailuresKept; i++)
        {
            var input = i < seeds.Count ? seeds[i] : tree is { HasTrees: true } && i % 2 == 0 ? tree.Next() : mutator.Next();
            Save(name, "current", input); // what a crash that ends the process (a stack overflow) leaves behind
            var (failure, took) = Once(target, input, known);
            knownCount += failure == KnownFailure ? 1 : 0;
            failure = failure == KnownFailure ? null : failure;
            slowest = took > slowest ? took : slowest;
            if (failure is not null && seen.Add(Signature(failure)))
            {
                var file = string.Create(CultureInfo.InvariantCulture, $"seed{FuzzSettings.Seed}-input{i}");
                var smallest = failure.StartsWith("hang", StringComparison.Ordinal) ? input
                    : FuzzMinimizer.Minimize(input, candidate => Once(target, candidate, known).Failure is { } f && Signature(f) == Signature(failure));
                failures.Add($"input {i}: {Save(name, file, input)}, minimized: {Save(name, file + "-min", smallest)}\n{failure}");
            }

            if (failure is not null && failure.StartsWith("hang", StringComparison.Ordinal))
            {
                break;
            }
        }

        return new FuzzReport(name, total, clock.Elapsed, slowest, knownCount, failures);
    }

    /// <summary>One input: null, or what went wrong (an exception escaped, or the input ran past the bound).</summary>
    public static (string? Failure, TimeSpan Took) Once(Action<byte[]> target, byte[] input, Func<Exception, bool>? known = null)
    {
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => target(input));
        try
        {
            if (!run.Wait(FuzzSettings.PerInput))
            {
                return ($"hang: still running after {FuzzSettings.PerInput.TotalSeconds} s", clock.Elapsed);
            }

            return (null, clock.Elapsed);
        }
        catch (AggregateException e)
        {
            return (known?.Invoke(e.InnerException!) == true ? KnownFailure : e.InnerException!.ToString(), clock.Elapsed);
        }
    }

    private static string Signature(string failure)
    {
        var lines = failure.Split('\n');
        var frame = lines.FirstOrDefault(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)) ?? "";
        return lines[0].Split(':')[0] + frame;
    }

    private static string Save(string name, string file, byte[] input)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures", name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file + ".bin");
        File.WriteAllBytes(path, input);
        return path;
    }
}

/// <summary>What a fuzz run did: inputs run, time, the slowest input, and the distinct failures with their saved inputs.</summary>
public sealed record FuzzReport(string Name, int Inputs, TimeSpan Elapsed, TimeSpan Slowest, int Known, IReadOnlyList<string> Failures)
{
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"fuzz {Name}: {Inputs} inputs in {Elapsed.TotalSeconds:0.0} s (slowest {Slowest.TotalMilliseconds:0} ms), seed {FuzzSettings.Seed}, {Known} known failure(s) left to other work");
        foreach (var f in Failures)
        {
            text.Append("\n\n").Append(f);
        }

        return text.ToString();
    }

    /// <summary>Fails the test with every failure found (the inputs' paths first: copy them to the regression folder).</summary>
    public void AssertNoFailures(Xunit.Abstractions.ITestOutputHelper? output = null)
    {
        output?.WriteLine(ToString());
        Xunit.Assert.True(Failures.Count == 0, ToString());
    }
}
