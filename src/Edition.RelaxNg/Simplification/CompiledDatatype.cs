using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Simplification;

/// <summary>Annotation on <c>data</c>/<c>value</c>: the datatype built for it, how it was named and, for value, the parsed value.</summary>
internal sealed record CompiledDatatype(Datatype Datatype, DatatypeSpec Spec, object? Value);
