using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>
/// For an element that is not allowed where it occurs: every element pattern of the schema that matches its
/// name, so its content can still be checked (and errors inside it reported) as jing does.
/// </summary>
internal sealed class RecoveryIndex
{
    private readonly Dictionary<QualifiedName, List<ElementPattern>> byName = [];
    private readonly List<ElementPattern> wildcards = [];

    public RecoveryIndex(IEnumerable<ElementPattern> elements)
    {
        foreach (var e in elements)
        {
            if (e.Name is SimpleNameClass simple)
            {
                if (!byName.TryGetValue(simple.Name, out var list))
                {
                    byName[simple.Name] = list = [];
                }

                list.Add(e);
            }
            else
            {
                wildcards.Add(e);
            }
        }
    }

    /// <summary>The element patterns for <paramref name="name"/>; empty when the schema never declares it.</summary>
    public IEnumerable<ElementPattern> Matching(QualifiedName name)
    {
        if (byName.TryGetValue(name, out var list))
        {
            foreach (var e in list)
            {
                yield return e;
            }
        }

        foreach (var e in wildcards)
        {
            if (e.Name.Contains(name))
            {
                yield return e;
            }
        }
    }
}
