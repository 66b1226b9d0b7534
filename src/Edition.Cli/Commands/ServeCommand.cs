using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Edition.Build;
using Edition.Build.Serve;
using Edition.Core.Source.Model;

namespace Edition.Cli.Commands;

/// <summary><c>edition serve [PROJECT] [--port N] [--out DIR]</c>: build, serve on 127.0.0.1, rebuild and reload on change.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var project = new Argument<string>("project") { Description = "The edition project folder (holding edition.yml)", DefaultValueFactory = _ => "." }.RejectingOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (only this machine can connect)", DefaultValueFactory = _ => 8080 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                r.AddError($"--port must be from 1 to 65535, not {r.GetValueOrDefault<int>()}");
            }
        });
        var output = new Option<string>("--out", "-o") { Description = "Output root; the edition is written to <out>/<edition id>/", DefaultValueFactory = _ => "output" };

        var command = new Command("serve", "Build the edition, serve its site on 127.0.0.1, and rebuild (incrementally) and reload the browser when a source file changes; Ctrl+C stops")
        {
            project, port, output,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                ProjectDirectory = parse.GetValue(project)!,
                OutputRoot = parse.GetValue(output)!,
                Validation = ValidationPolicy.Warn,
                Pdf = false,
                Print = false,
            };
            using var stop = new ManualResetEventSlim();
            // Ctrl+C (SIGINT) and SIGTERM end the wait, so the listener and watcher are disposed in order.
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Set();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var server = new SiteServer(options, parse.GetValue(port), Console.Error.WriteLine);
            try
            {
                server.Start();
            }
            catch (HttpListenerException e)
            {
                Console.Error.WriteLine($"edition: error: cannot serve on 127.0.0.1:{server.Port}: {e.Message}; choose another --port");
                return ExitCode.Usage;
            }

            stop.Wait();
            Console.Error.WriteLine("Stopped.");
            return ExitCode.Success;
        });
        return command;
    }
}
