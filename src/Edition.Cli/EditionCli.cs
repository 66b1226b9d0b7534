using System.CommandLine;
using Edition.Cli.Commands;

namespace Edition.Cli;

/// <summary>The <c>edition</c> command line.</summary>
public static class EditionCli
{
    public static RootCommand CreateRoot() => new("Edition: build scholarly critical editions from plain files into TEI P5, a static site and a print edition.")
    {
        BuildCommand.Create(),
        MergeCommand.Create(),
        NewCommand.Create(),
        ImportCommand.Create(),
        ValidateCommand.Create(),
        ServeCommand.Create(),
    };

    public static int Run(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"edition: error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'edition --help' for usage.");
            return ExitCode.Usage;
        }

        return parse.Invoke();
    }
}
