using System.Diagnostics;
using Edition.RelaxNg;
using Edition.RelaxNg.Caching;

namespace Edition.Benchmarks;

/// <summary>
/// <c>validate SCHEMA FILE...</c>: a whole-process counterpart of <c>jing SCHEMA FILE...</c> for
/// relaxng-vs-jing.sh. Prints errors in compiler form; exit 0 valid, 1 invalid, 2 schema or usage error.
/// <c>SCHEMA_CACHE=DIR</c> loads the schema through a compiled-schema cache in DIR (written when missing).
/// </summary>
internal static class RelaxNgValidateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: validate SCHEMA.rng [FILE...]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        RelaxNgSchema schema;
        try
        {
            var cache = Environment.GetEnvironmentVariable("SCHEMA_CACHE") is { Length: > 0 } folder ? new SchemaCache(folder, "benchmarks") : null;
            schema = RelaxNgSchema.Load(args[0], cache: cache);
        }
        catch (RelaxNgSchemaException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        // Processor time since the process started (runtime start included): steadier than wall time on a shared machine.
        var processor = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        Console.Error.WriteLine($"schema loaded in {clock.ElapsedMilliseconds} ms ({processor:F0} ms processor since the process started){(schema.FromCache ? ", from the cache" : "")}");
        clock.Restart();
        var files = args[1..];
        var results = new ValidationResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = schema.Validate(files[i]));
        var invalid = 0;
        for (var i = 0; i < files.Length; i++)
        {
            foreach (var error in results[i].Errors)
            {
                Console.WriteLine(error);
            }

            invalid += results[i].IsValid ? 0 : 1;
        }

        Console.Error.WriteLine($"{files.Length} file(s) validated in {clock.ElapsedMilliseconds} ms, {invalid} invalid");
        return invalid > 0 ? 1 : 0;
    }
}
