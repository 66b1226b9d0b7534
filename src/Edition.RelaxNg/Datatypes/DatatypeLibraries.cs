namespace Edition.RelaxNg.Datatypes;

/// <summary>Finds a datatype by library URI and name: the built-in library ("") and XML Schema.</summary>
internal static class DatatypeLibraries
{
    public static Datatype Create(string library, string type, IReadOnlyList<KeyValuePair<string, string>> parameters) => library switch
    {
        "" => BuiltinDatatype.Create(type, parameters),
        XsdDatatypeLibrary.Uri => XsdDatatypeLibrary.Create(type, parameters),
        _ => throw new DatatypeException($"datatype library '{library}' is not supported (only the built-in one and {XsdDatatypeLibrary.Uri})"),
    };
}
