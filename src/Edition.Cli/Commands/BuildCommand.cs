using System.CommandLine;
using Edition.Build;

namespace Edition.Cli.Commands;

/// <summary><c>edition build [PROJECT] [--out DIR] [--shard i/N]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var noCache = new Option<bool>("--no-cache") { Description = "Render every page and compile the PDF afresh, ignoring and not updating <out>/.<id>.cache/" };
        var shard = new Option<string?>("--shard") { Description = "i/N: validate and render only part i of N of the documents, into <out>/<id>.shard-i-of-N/ (one part per machine); then `edition merge`" };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Shard.Parse(text) is null)
            {
                result.AddError($"--shard must be i/N with 1 <= i <= N (e.g. 2/4), not '{text}'");
            }
        });

        var command = new Command("build", "Build the edition: TEI P5 files (and the site and print edition) into the output folder");
        arguments.AddTo(command);
        command.Add(noCache);
        command.Add(shard);
        command.SetAction(parse =>
        {
            if (arguments.FilesRefused(parse))
            {
                return ExitCode.Usage;
            }

            var console = new ConsoleOutput(parse.GetValue(arguments.Format)!);
            var part = parse.GetValue(shard) is { } text ? Shard.Parse(text) : null;
            var result = EditionBuilder.Build(arguments.Options(parse, console) with { Cache = !parse.GetValue(noCache), Shard = part });
            return BuildArguments.Finish(result, console, part is null ? "Wrote" : $"Shard {part} wrote");
        });
        return command;
    }
}
