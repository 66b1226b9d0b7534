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

    /// <summary>A path argument never starts with '-': such a token is an unknown option, not a folder name.</summary>
    public static T RejectingOptions<T>(this T argument)
        where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return argument;
    }
}
