using System.Globalization;

namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// How long a fuzz run is: a fixed number of inputs from a fixed seed by default (the same inputs on every run, so a
/// failure in CI is reproduced by running the test again), more or others on demand through the environment.
/// </summary>
public static class FuzzSettings
{
    /// <summary>Inputs per parser: <c>EDITION_FUZZ_ITERATIONS</c>, else 10,000.</summary>
    public static int Iterations => Number("EDITION_FUZZ_ITERATIONS", 10_000);

    /// <summary>The random seed: <c>EDITION_FUZZ_SEED</c>, else a fixed one.</summary>
    public static int Seed => Number("EDITION_FUZZ_SEED", 20261206);

    /// <summary>
    /// How long one input may take before the run fails as a hang: <c>EDITION_FUZZ_TIMEOUT_MS</c>, else 20 s, generous
    /// on purpose: the machines that run the suite are shared, and a hang is what it is there to catch.
    /// </summary>
    public static TimeSpan PerInput => TimeSpan.FromMilliseconds(Number("EDITION_FUZZ_TIMEOUT_MS", 20_000));

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
