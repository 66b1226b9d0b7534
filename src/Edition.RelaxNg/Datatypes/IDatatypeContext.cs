namespace Edition.RelaxNg.Datatypes;

/// <summary>The namespace bindings in scope where a value occurs (for QName-valued datatypes).</summary>
internal interface IDatatypeContext
{
    /// <summary>The URI bound to <paramref name="prefix"/> ("" asks for the default namespace), or null.</summary>
    string? LookupNamespace(string prefix);
}
