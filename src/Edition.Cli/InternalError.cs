using System.Security.Cryptography;
using System.Text;

namespace Edition.Cli;

/// <summary>
/// What the command line says when Edition itself fails (a defect, not a finding about the edition): one line with a
/// short id that names the failure (the same defect gives the same id), the stack only when asked for with
/// <c>--verbose</c>, and exit code 3. A build that fails so has written nothing: its staged output is discarded.
/// </summary>
public static class InternalError
{
    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        error.WriteLine($"edition: internal error {Id(inner)}: {inner.GetType().Name}: {inner.Message}");
        error.WriteLine(verbose ? inner.ToString() : "This is a defect of Edition, not of the edition: please report it with the id above (run again with --verbose for the details).");
        return ExitCode.OutputFailed;
    }

    /// <summary>E- and eight hex digits from the exception's type and the method it was thrown in.</summary>
    public static string Id(Exception exception)
    {
        var origin = exception.TargetSite is { } site ? site.DeclaringType?.FullName + "." + site.Name : "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(exception.GetType().FullName + "|" + origin));
        return "E-" + Convert.ToHexStringLower(hash, 0, 4);
    }
}
