using System.Collections.Concurrent;
using System.CommandLine;
using Edition.Build;
using Edition.Build.Validation;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Core.Xml;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Schematron;

namespace Edition.Cli.Commands;

/// <summary>
/// <c>edition validate [PROJECT | FILE…]</c>: a project runs the whole gate (as a build does, writing
/// nothing); files are checked as <see cref="FileValidator"/> says, with the schemas they name or tei_all.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "An edition project folder (default .), or TEI/XML files", Arity = ArgumentArity.ZeroOrMore }.RejectingOptions();
        var schema = new Option<string?>("--schema") { Description = "RELAX NG schema to validate against, instead of the one each file names in an xml-model (else tei_all for TEI)" };
        // One file per --schematron (repeat it for more), so the files to validate that follow are not taken as rules.
        var schematron = new Option<string[]>("--schematron") { Description = "An ISO Schematron file to run as well (repeat for more)" };
        var teiAll = new Option<string?>("--tei-all") { Description = "Path of another tei_all.rng (default: $EDITION_TEI_ALL, else the one Edition ships)" };
        var incomplete = new Option<bool>("--allow-incomplete-rules") { Description = "Run a Schematron whose expressions do not all compile, without the rules concerned (a warning counts them); else such a schema is an error (exit 2)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Load schemas afresh, neither reading nor writing compiled schemas (also EDITION_SCHEMA_CACHE=off)" };
        var format = CommonOptions.Format();
        var command = new Command("validate", "Validate an edition (integrity, RELAX NG, Schematron) or TEI files; exit 0 valid, 1 invalid, 2 schema or usage error")
        {
            paths, schema, schematron, teiAll, incomplete, noCache, format,
        };
        command.SetAction(parse =>
        {
            var console = new ConsoleOutput(parse.GetValue(format)!);
            var targets = parse.GetValue(paths) is { Length: > 0 } p ? p : ["."];
            var rules = parse.GetValue(schematron) ?? [];
            if (rules.FirstOrDefault(r => !File.Exists(r)) is { } missing)
            {
                Console.Error.WriteLine($"edition: error: Schematron {missing}: no such file");
                return ExitCode.Usage;
            }

            var named = rules.Select(r => ((string?)r, "Schematron")).Append((parse.GetValue(schema), "schema")).Append((parse.GetValue(teiAll), "tei_all schema"));
            var files = targets.Length == 1 && Directory.Exists(targets[0]) ? [] : targets.Select(t => ((string?)t, "file"));
            if (CommandLineFiles.Refused([.. named, .. files]))
            {
                return ExitCode.Usage;
            }

            if (targets.Length == 1 && Directory.Exists(targets[0]))
            {
                var result = EditionBuilder.Build(new BuildOptions
                {
                    ProjectDirectory = targets[0],
                    ValidateOnly = true,
                    Validation = ValidationPolicy.Error,
                    Schema = parse.GetValue(schema),
                    TeiAllSchema = parse.GetValue(teiAll),
                    ExtraSchematron = rules,
                    AllowIncompleteRules = parse.GetValue(incomplete),
                    Cache = !parse.GetValue(noCache),
                    Progress = console.Progress,
                });
                console.Diagnostics(result.Diagnostics);
                return result.Succeeded ? ExitCode.Success : UnusableRules(result.Diagnostics) ? ExitCode.Usage : ExitCode.InvalidInput;
            }

            var engine = RelaxNgEngine.For(cacheWanted: !parse.GetValue(noCache), buildCacheFolder: null);
            return ValidateFiles(targets, parse.GetValue(schema), parse.GetValue(teiAll), rules, parse.GetValue(incomplete), engine, console);
        });
        return command;
    }

    private static int ValidateFiles(string[] files, string? schemaPath, string? teiAll, string[] schematrons, bool allowIncomplete, RelaxNgEngine engine, ConsoleOutput console)
    {
        // The schema loads while the files are read and their trees built, which do not need it; a schema that
        // cannot be used still stops the run before any verdict is printed.
        var schemaLoad = schemaPath is null ? null : Task.Run(() => engine.Load(schemaPath));
        var rules = new List<SchematronSchema>();
        var problems = new DiagnosticBag();
        foreach (var path in schematrons)
        {
            try
            {
                rules.AddRange(ValidationGate.Load(path, null, problems, allowIncomplete) is { } loaded ? [loaded] : []);
            }
            catch (Exception e) when (e is IOException or System.Xml.XmlException or InvalidOperationException)
            {
                Console.Error.WriteLine($"edition: error: Schematron {path}: {e.Message}");
                return ExitCode.Usage;
            }
        }

        // A schema that cannot be used stops the run before any verdict: its errors are the schema's, not the files'.
        if (UnusableRules(problems.Sorted()))
        {
            console.Diagnostics(problems.Sorted());
            return ExitCode.Usage;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(problems.Sorted());
        var validator = new FileValidator(schemaPath, rules, GateSetup.TeiAll(teiAll), diagnostics, engine, allowIncomplete);
        // Largest first, each worker taking the next file when done: three volumes on two cores do not leave the
        // biggest to start last. Findings are sorted after, so the order changes nothing printed.
        var bySize = files.OrderByDescending(f => File.Exists(f) ? new FileInfo(f).Length : 0).ToList();
        Parallel.ForEach(Partitioner.Create(bySize, EnumerablePartitionerOptions.NoBuffering), validator.Validate);
        if (schemaLoad?.Result is { Schema: null, Error: var error })
        {
            Console.Error.WriteLine($"edition: error: schema {schemaPath}: {error}");
            return ExitCode.Usage;
        }

        foreach (var line in validator.Report())
        {
            console.Progress(line);
        }

        console.Diagnostics(diagnostics.Sorted());
        return UnusableRules(diagnostics.Sorted()) ? ExitCode.Usage : diagnostics.HasErrors ? ExitCode.InvalidInput : ExitCode.Success;
    }

    private static bool UnusableRules(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Code == ValidationDiagnostics.ExpressionDoesNotCompile.Id && d.Severity == Severity.Error);
}
