using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Edition.RelaxNg.Tests;

/// <summary>Runs jing once over many files and tells, per file, whether it reported an error.</summary>
internal static partial class JingRunner
{
    public static HashSet<string> InvalidFiles(string schema, IReadOnlyList<string> files)
    {
        var psi = new ProcessStartInfo(SharedData.Jing)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (schema.EndsWith(".rnc", StringComparison.OrdinalIgnoreCase))
        {
            psi.ArgumentList.Add("-c"); // jing reads the compact syntax only when told
        }

        psi.ArgumentList.Add(schema);
        foreach (var f in files)
        {
            psi.ArgumentList.Add(f);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("jing did not finish within 5 minutes");
        }

        var invalid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in (stdout.Result + "\n" + stderr.Result).Split('\n'))
        {
            var m = ErrorLine().Match(line);
            if (m.Success)
            {
                invalid.Add(Path.GetFullPath(m.Groups[1].Value));
            }
        }

        if (process.ExitCode != 0 && invalid.Count == 0)
        {
            throw new InvalidOperationException($"jing failed without per-file errors:\n{stdout.Result}\n{stderr.Result}");
        }

        return invalid;
    }

    [GeneratedRegex(@"^(.+?):\d+:\d+: (?:error|fatal)")]
    private static partial Regex ErrorLine();
}
