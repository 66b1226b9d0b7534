using System.CommandLine;
using Edition.Build;

namespace Edition.Cli.Commands;

/// <summary><c>edition merge [PROJECT] --shards DIR... [--out DIR]</c>: the shards of <c>build --shard</c> into one edition.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var shards = new Option<string[]>("--shards") { Description = "The shard folders (<out>/<id>.shard-i-of-N/ of every part), all N of them", Required = true, AllowMultipleArgumentsPerToken = true };

        var command = new Command("merge", "Put the shards of `edition build --shard i/N` together: the same TEI, site and print edition a single build writes. The shards must be built from the same sources, schemas, templates, options (validation, schema) and Edition version; a document no shard holds is an error, and nothing is written");
        arguments.AddTo(command);
        command.Add(shards);
        command.SetAction(parse =>
        {
            if (arguments.FilesRefused(parse))
            {
                return ExitCode.Usage;
            }

            var console = new ConsoleOutput(parse.GetValue(arguments.Format)!);
            var result = EditionBuilder.Build(arguments.Options(parse, console) with { MergeShards = parse.GetValue(shards)! });
            return BuildArguments.Finish(result, console, "Merged: wrote");
        });
        return command;
    }
}
