namespace Edition.Benchmarks.Import;

/// <summary><c>import-export SHAPE MB OUT</c>: writes a large Wilson export made from the seed, for import-bench.sh.</summary>
internal static class ImportExportCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 3 || !Enum.TryParse<LargeWilsonExport.Shape>(args[0], out var shape) || !int.TryParse(args[1], out var megabytes))
        {
            Console.Error.WriteLine("usage: import-export Paragraphs|LongParagraph MB OUT");
            return 2;
        }

        var seed = Path.Combine(Corpus.Paths.Root, "..", "shared", "seeds", "000_952179d84dcc0756.txt");
        LargeWilsonExport.Write(seed, args[2], megabytes * 1024L * 1024, shape);
        return 0;
    }
}
