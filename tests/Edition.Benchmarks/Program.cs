using BenchmarkDotNet.Running;

// `validate SCHEMA FILE...` is the whole-process RELAX NG entry timed against jing by relaxng-vs-jing.sh.
if (args.Length > 0 && args[0] == "validate")
{
    return Edition.Benchmarks.RelaxNgValidateCommand.Run(args[1..]);
}

// `corpus parse|xslt|build|synth|touch-rebuild …`: quick warm timings for corpus-bench.sh.
if (args.Length > 0 && args[0] == "corpus")
{
    return Edition.Benchmarks.Corpus.CorpusCommand.Run(args[1..]);
}

// `aligned pairs N... | aligned documents D...`: validation's cost on keyed paragraph pairs (see AlignedCommand).
if (args.Length > 0 && args[0] == "aligned")
{
    return Edition.Benchmarks.Aligned.AlignedCommand.Run(args[1..]);
}

// `import-export SHAPE MB OUT`: a large Wilson export for import-bench.sh.
if (args.Length > 0 && args[0] == "import-export")
{
    return Edition.Benchmarks.Import.ImportExportCommand.Run(args[1..]);
}

// Runs the benchmarks in this assembly; pass BenchmarkDotNet arguments, e.g. --filter '*RelaxNg*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
