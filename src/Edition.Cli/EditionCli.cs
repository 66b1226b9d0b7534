using System.CommandLine;
using Edition.Cli.Commands;

namespace Edition.Cli;

/// <summary>The <c>edition</c> command line.</summary>
public static class EditionCli
{
    /// <summary>On every command: an internal error's stack, which is otherwise not shown.</summary>
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "Show the details (stack) of an internal error", Recursive = true };

    public static RootCommand CreateRoot()
    {
        var root = Commands();
        root.Options.OfType<VersionOption>().Single().Action = new VersionText();
        return root;
    }

    private static RootCommand Commands() => new("Edition: build scholarly critical editions from plain files into TEI P5, a static site and a print edition.")
    {
        BuildCommand.Create(),
        MergeCommand.Create(),
        NewCommand.Create(),
        ImportCommand.Create(),
        ValidateCommand.Create(),
        ServeCommand.Create(),
        Verbose,
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

        // No input may end in a stack trace: a failure of Edition itself is one line with an id, exit code 3.
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return InternalError.Report(e, parse.GetValue(Verbose), Console.Error);
        }
    }
}
