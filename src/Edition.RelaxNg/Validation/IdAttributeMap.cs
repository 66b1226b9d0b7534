using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>
/// Which (element, attribute) pairs carry an ID, IDREF or IDREFS value (RELAX NG DTD Compatibility, section 4),
/// read from element patterns with a single name whose attribute has a single name and an ID-typed value.
/// </summary>
internal sealed class IdAttributeMap
{
    private readonly Dictionary<(QualifiedName Element, QualifiedName Attribute), IdType> map = [];

    public IdAttributeMap(IEnumerable<ElementPattern> elements)
    {
        foreach (var e in elements)
        {
            if (e.Name is SimpleNameClass element)
            {
                Collect(element.Name, e.Content, []);
            }
        }
    }

    public bool IsEmpty => map.Count == 0;

    public IdType Lookup(QualifiedName element, QualifiedName attribute) =>
        map.TryGetValue((element, attribute), out var type) ? type : IdType.None;

    private void Collect(QualifiedName element, Pattern p, HashSet<int> visited)
    {
        if (!p.HasAttributes || !visited.Add(p.Id))
        {
            return;
        }

        switch (p)
        {
            case AttributePattern { Name: SimpleNameClass attribute } a:
                var type = a.Content switch
                {
                    DataPattern d => d.Datatype.IdType,
                    ValuePattern v => v.Datatype.IdType,
                    _ => IdType.None,
                };
                if (type != IdType.None)
                {
                    map.TryAdd((element, attribute.Name), type);
                }

                break;
            case BinaryPattern b:
                Collect(element, b.Left, visited);
                Collect(element, b.Right, visited);
                break;
            case UnaryPattern u:
                Collect(element, u.Child, visited);
                break;
        }
    }
}
