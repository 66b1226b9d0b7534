namespace Edition.RelaxNg.Datatypes;

/// <summary>Finds a datatype by library URI and name: the built-in library ("") and XML Schema.</summary>
internal static class DatatypeLibraries
{
    public static Datatype Create(string library, string type, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        Create(new DatatypeSpec(library, type, parameters));

    /// <param name="deferPatterns">
    /// Compile <c>pattern</c> facets' regexes when first used, not now: for a schema read back from the compiled-schema
    /// cache, whose patterns were checked when it was first loaded.
    /// </param>
    public static Datatype Create(DatatypeSpec spec, bool deferPatterns = false) => spec.Library switch
    {
        "" => BuiltinDatatype.Create(spec.Type, spec.Parameters),
        XsdDatatypeLibrary.Uri => XsdDatatypeLibrary.Create(spec.Type, spec.Parameters, deferPatterns),
        _ => throw new DatatypeException($"datatype library '{spec.Library}' is not supported (only the built-in one and {XsdDatatypeLibrary.Uri})"),
    };
}
