using Edition.Core.Source;

namespace Edition.Cli;

/// <summary>
/// Files named on the command line (<c>--schema</c>, <c>--schematron</c>, <c>--tei-all</c>, the files given to
/// <c>edition validate</c>) that are a FIFO, a device, a socket, or cannot be opened: one line, exit code 2, before
/// anything is read (a FIFO would block for ever, a device might never end). A file that does not exist is left to
/// the command, which says so in its own way.
/// </summary>
internal static class CommandLineFiles
{
    /// <summary>Prints the first file's problem; true when there was one (the command then exits with <see cref="ExitCode.Usage"/>).</summary>
    public static bool Refused(params (string? Path, string What)[] files)
    {
        foreach (var (path, what) in files)
        {
            if (path is not null && Problem(path) is { } problem)
            {
                Console.Error.WriteLine($"edition: error: {what} {path}: {problem}");
                return true;
            }
        }

        return false;
    }

    private static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (SpecialFiles.Describe(path) is { } kind)
        {
            return $"is {kind}, not a regular file";
        }

        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read: {e.Message}";
        }
    }
}
