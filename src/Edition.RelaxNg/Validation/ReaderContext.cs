using System.Xml;
using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Validation;

/// <summary>The instance's namespace bindings, as the reader sees them at its current node.</summary>
internal sealed class ReaderContext(XmlReader reader) : IDatatypeContext
{
    public string? LookupNamespace(string prefix) => prefix.Length == 0 ? reader.LookupNamespace("") ?? "" : reader.LookupNamespace(prefix);
}
