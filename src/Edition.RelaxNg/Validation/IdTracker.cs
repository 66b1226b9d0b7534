using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Validation;

/// <summary>Collects IDs and IDREFs of one document; reports duplicates at once and dangling references at the end.</summary>
internal sealed class IdTracker
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<(string Id, int Line, int Column, string Path)> references = [];

    /// <summary>Records an attribute value; returns the ID when it is a duplicate.</summary>
    public string? Add(IdType type, string value, int line, int column, string path)
    {
        switch (type)
        {
            case IdType.Id:
                var id = Whitespace.Collapse(value);
                return ids.Add(id) ? null : id;
            case IdType.IdRef:
                references.Add((Whitespace.Collapse(value), line, column, path));
                break;
            case IdType.IdRefs:
                foreach (var token in Whitespace.Tokens(value))
                {
                    references.Add((token, line, column, path));
                }

                break;
        }

        return null;
    }

    public IEnumerable<(string Id, int Line, int Column, string Path)> Dangling() => references.Where(r => !ids.Contains(r.Id));
}
