using System.CommandLine;
using Edition.Build;
using Edition.Core.Source.Model;

namespace Edition.Cli.Commands;

/// <summary>The options <c>edition build</c> and <c>edition merge</c> share, and how a parse of them becomes <see cref="BuildOptions"/>.</summary>
internal sealed class BuildArguments
{
    public Argument<string> Project { get; } = new Argument<string>("project") { Description = "The edition project folder (holding edition.yml)", DefaultValueFactory = _ => "." }.RejectingOptions();

    public Option<string> Output { get; } = new("--out", "-o") { Description = "Output root; the edition is written to <out>/<edition id>/", DefaultValueFactory = _ => "output" };

    public Option<string?> Validation { get; } = Validated(new Option<string?>("--validation") { Description = "error (default): findings stop the build; warn: print them and go on; off: skip validation" });

    public Option<string> Format { get; } = CommonOptions.Format();

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only diagnostics, no progress" };

    public Option<bool> NoPdf { get; } = new("--no-pdf") { Description = "Write print/edition.tex but do not compile the PDF" };

    public Option<string?> Schema { get; } = new("--schema") { Description = "Validate every document against this RELAX NG schema instead of the usual choice" };

    public Option<string?> TeiAll { get; } = new("--tei-all") { Description = "Path of the official tei_all.rng, used for TEI-in documents that name no schema (default: $EDITION_TEI_ALL)" };

    public Option<bool> NoSite { get; } = new("--no-site") { Description = "Do not render the static site" };

    public Option<bool> NoPrint { get; } = new("--no-print") { Description = "Do not write the print edition (print/: neither edition.tex nor the PDF)" };

    /// <summary>Adds the shared arguments to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Project);
        command.Add(Output);
        command.Add(Validation);
        command.Add(Schema);
        command.Add(TeiAll);
        command.Add(Format);
        command.Add(Quiet);
        command.Add(NoPdf);
        command.Add(NoSite);
        command.Add(NoPrint);
    }

    public BuildOptions Options(ParseResult parse, ConsoleOutput console) => new()
    {
        ProjectDirectory = parse.GetValue(Project)!,
        OutputRoot = parse.GetValue(Output)!,
        Validation = ValidationPolicyNames.Parse(parse.GetValue(Validation)),
        Schema = parse.GetValue(Schema),
        TeiAllSchema = parse.GetValue(TeiAll),
        Pdf = !parse.GetValue(NoPdf),
        Site = !parse.GetValue(NoSite),
        Print = !parse.GetValue(NoPrint),
        Progress = parse.GetValue(Quiet) ? null : console.Progress,
    };

    /// <summary>True (the line printed) when a schema file given is a FIFO, a device, or unreadable: exit code 2.</summary>
    public bool FilesRefused(ParseResult parse) => CommandLineFiles.Refused((parse.GetValue(Schema), "schema"), (parse.GetValue(TeiAll), "tei_all schema"));

    /// <summary>Prints the result and gives the exit code.</summary>
    public static int Finish(BuildResult result, ConsoleOutput console, string done)
    {
        console.Diagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            var output = result.Diagnostics.Any(d => d.Code.StartsWith("ED60", StringComparison.Ordinal));
            console.Progress(output ? "Build failed: output not written." : "Build failed: nothing was written.");
            return output ? ExitCode.OutputFailed : ExitCode.InvalidInput;
        }

        console.Progress($"{done} {result.WrittenFiles.Count} file(s) to {Core.Source.SourcePaths.Display(result.OutputDirectory!)}");
        return ExitCode.Success;
    }

    private static Option<string?> Validated(Option<string?> option)
    {
        option.AcceptOnlyFromAmong([.. ValidationPolicyNames.All]);
        return option;
    }
}
