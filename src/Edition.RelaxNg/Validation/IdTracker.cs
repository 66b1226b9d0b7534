using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Validation;

/// <summary>Collects IDs and IDREFs of one document; reports duplicates at once and dangling references at the end.</summary>
internal sealed class IdTracker
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<(string Id, int Line, int Column, string Path)> references = [];

    /// <summary>
    /// Records an attribute value; returns the ID when it is a duplicate. A reference keeps the element's path (from
    /// <paramref name="log"/>) for the report of a dangling one; an ID needs none, and most ID-typed values are IDs
    /// (a path for each cost a quarter of a volume's validation).
    /// </summary>
    public string? Add(IdType type, string value, int line, int column, ErrorLog log)
    {
        switch (type)
        {
            case IdType.Id:
                var id = Whitespace.Collapse(value);
                return ids.Add(id) ? null : id;
            case IdType.IdRef:
                references.Add((Whitespace.Collapse(value), line, column, log.Path()));
                break;
            case IdType.IdRefs:
                var path = log.Path();
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
