using BenchmarkDotNet.Running;

// Runs the benchmarks in this assembly; pass BenchmarkDotNet arguments, e.g. --filter '*RelaxNg*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
