namespace Edition.RelaxNg.Datatypes;

/// <summary>The ID-ness of a datatype (RELAX NG DTD Compatibility, section 4).</summary>
internal enum IdType
{
    None,
    Id,
    IdRef,
    IdRefs,
}
