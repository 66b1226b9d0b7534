using System.CommandLine;
using Edition.Import.Wilson;

namespace Edition.Cli.Commands;

/// <summary><c>edition import wilson FILE [--into PROJECT] [--id ID] [--force]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A Wilson Center Digital Archive text export" };
        var into = new Option<string>("--into") { Description = "The edition project to add the document to", DefaultValueFactory = _ => "." };
        var id = new Option<string?>("--id") { Description = "Document folder name (default: the document's ISO date)" };
        var force = new Option<bool>("--force") { Description = "Replace an existing document of the same id" };
        var format = CommonOptions.Format();
        var wilson = new Command("wilson", "Import a Wilson Center Digital Archive export as a new document (document.yml + one text file per language)")
        {
            file, into, id, force, format,
        };
        wilson.SetAction(parse =>
        {
            var console = new ConsoleOutput(parse.GetValue(format)!);
            var result = WilsonImporter.Import(parse.GetValue(file)!, new ImportOptions(parse.GetValue(into)!, parse.GetValue(id), parse.GetValue(force)));
            console.Diagnostics(result.Diagnostics);
            if (!result.Succeeded)
            {
                console.Progress("Import failed: nothing was written.");
                return result.ExportUnreadable ? ExitCode.Usage
                    : result.Diagnostics.Any(d => d.Code == ImportDiagnostics.WriteFailed.Id) ? ExitCode.OutputFailed : ExitCode.InvalidInput;
            }

            Console.Out.Write(result.Report.ToText());
            return ExitCode.Success;
        });
        return new Command("import", "Import documents from other sources into an edition") { wilson };
    }
}
