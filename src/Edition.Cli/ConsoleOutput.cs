using Edition.Core.Diagnostics;

namespace Edition.Cli;

/// <summary>
/// Where a command writes: diagnostics to stdout in the chosen format, progress to stderr (so JSON and
/// SARIF on stdout stay machine-readable).
/// </summary>
internal sealed class ConsoleOutput(string format)
{
    private readonly bool _color = format == "text" && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public void Progress(string line) => Console.Error.WriteLine(line);

    public void Diagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count > 0 || format != "text")
        {
            DiagnosticPrinter.Print(diagnostics, format, Console.Out, _color);
        }
    }
}
