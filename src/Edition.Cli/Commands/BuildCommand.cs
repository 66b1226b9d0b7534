using System.CommandLine;
using Edition.Build;

namespace Edition.Cli.Commands;

/// <summary><c>edition build [PROJECT] [--out DIR]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var project = new Argument<string>("project") { Description = "The edition project folder (holding edition.yml)", DefaultValueFactory = _ => "." }.RejectingOptions();
        var output = new Option<string>("--out", "-o") { Description = "Output root; the edition is written to <out>/<edition id>/", DefaultValueFactory = _ => "output" };
        var validation = new Option<string?>("--validation") { Description = "error (default): findings stop the build; warn: print them and go on; off: skip validation" };
        validation.AcceptOnlyFromAmong("error", "warn", "off");
        var format = CommonOptions.Format();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics, no progress" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write print/edition.tex but do not compile the PDF" };
        var schema = new Option<string?>("--schema") { Description = "Validate every document against this RELAX NG schema instead of the usual choice" };
        var teiAll = new Option<string?>("--tei-all") { Description = "Path of the official tei_all.rng, used for TEI-in documents that name no schema (default: $EDITION_TEI_ALL)" };
        var noSite = new Option<bool>("--no-site") { Description = "Do not render the static site" };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every page and compile the PDF afresh, ignoring and not updating <out>/.<id>.cache/" };

        var command = new Command("build", "Build the edition: TEI P5 files (and the site and print edition) into the output folder")
        {
            project, output, validation, schema, teiAll, format, quiet, noPdf, noSite, noCache,
        };
        command.SetAction(parse =>
        {
            var console = new ConsoleOutput(parse.GetValue(format)!);
            var result = EditionBuilder.Build(new BuildOptions
            {
                ProjectDirectory = parse.GetValue(project)!,
                OutputRoot = parse.GetValue(output)!,
                Validation = parse.GetValue(validation),
                Schema = parse.GetValue(schema),
                TeiAllSchema = parse.GetValue(teiAll),
                Pdf = !parse.GetValue(noPdf),
                Site = !parse.GetValue(noSite),
                Cache = !parse.GetValue(noCache),
                Progress = parse.GetValue(quiet) ? null : console.Progress,
            });
            console.Diagnostics(result.Diagnostics);
            if (!result.Succeeded)
            {
                console.Progress(result.Diagnostics.Any(d => d.Code.StartsWith("ED6", StringComparison.Ordinal)) ? "Build failed: output not written." : "Build failed: nothing was written.");
                return result.Diagnostics.Any(d => d.Code.StartsWith("ED6", StringComparison.Ordinal)) ? ExitCode.OutputFailed : ExitCode.InvalidInput;
            }

            console.Progress($"Wrote {result.WrittenFiles.Count} file(s) to {Core.Source.SourcePaths.Display(result.OutputDirectory!)}");
            return ExitCode.Success;
        });
        return command;
    }
}
