namespace Edition.RelaxNg.Datatypes;

/// <summary>A datatype cannot be built: unknown type, bad parameter, bad regular expression.</summary>
internal sealed class DatatypeException(string message) : Exception(message)
{
}
