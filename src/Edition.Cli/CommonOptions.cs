using System.CommandLine;

namespace Edition.Cli;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "Diagnostics format: text (default), json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        return format;
    }
}
