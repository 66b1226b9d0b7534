using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Simplification;

/// <summary>Annotation on <c>data</c>/<c>value</c>: the datatype built for it and, for value, the parsed value.</summary>
internal sealed record CompiledDatatype(Datatype Datatype, object? Value);
