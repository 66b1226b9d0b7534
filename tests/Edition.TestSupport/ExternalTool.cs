using System.Diagnostics;

namespace Edition.TestSupport;

/// <summary>Runs reference tools (jing, latexmk, pdftotext). In CI a missing tool fails; elsewhere the test skips.</summary>
public static class ExternalTool
{
    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The tool's path, or a skip (a failure in CI, where .ci/run installs it).</summary>
    public static string Require(string name, string debianPackage)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        var message = $"'{name}' is not installed (Debian package {debianPackage})";
        if (RepoPaths.IsCi)
        {
            throw new InvalidOperationException(message + "; .ci/run must install it");
        }

        throw new Xunit.SkipException("skipped: " + message);
    }

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string file, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in time");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
