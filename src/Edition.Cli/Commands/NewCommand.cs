using System.CommandLine;
using Edition.Build.Scaffold;

namespace Edition.Cli.Commands;

/// <summary><c>edition new NAME</c>: scaffold a minimal edition project that builds as it is.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Folder to create for the new edition" }.RejectingOptions();
        var title = new Option<string?>("--title") { Description = "The edition's title" };
        var command = new Command("new", "Create a new edition project with one example document") { name, title };
        command.SetAction(parse =>
        {
            var (files, error) = EditionScaffold.Create(parse.GetValue(name)!, parse.GetValue(title));
            if (error is not null)
            {
                Console.Error.WriteLine($"edition: error: {error}");
                return ExitCode.Usage;
            }

            foreach (var file in files)
            {
                Console.Error.WriteLine($"created {file}");
            }

            Console.Error.WriteLine($"Build it with: edition build {parse.GetValue(name)}");
            return ExitCode.Success;
        });
        return command;
    }
}
