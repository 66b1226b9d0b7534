namespace Edition.RelaxNg.Datatypes;

/// <summary>A datatype as a schema names it: library URI, type name and parameters (<c>param</c>, in order).</summary>
internal sealed record DatatypeSpec(string Library, string Type, IReadOnlyList<KeyValuePair<string, string>> Parameters);
