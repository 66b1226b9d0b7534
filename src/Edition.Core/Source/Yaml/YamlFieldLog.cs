namespace Edition.Core.Source.Yaml;

/// <summary>
/// The fields the loaders read, noted while a recording is open on the current flow: what a test compares with
/// the schemas' fields (both ways), so the schema stays the format's whole definition. Nothing is kept otherwise.
/// </summary>
public static class YamlFieldLog
{
    private static readonly AsyncLocal<HashSet<string>?> Current = new();

    /// <summary>Runs <paramref name="load"/> and returns each field it read: <c>document.yml:/archives/*/fond</c>.</summary>
    public static IReadOnlySet<string> Record(Action load)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var before = Current.Value;
        Current.Value = fields;
        try
        {
            load();
        }
        finally
        {
            Current.Value = before;
        }

        return fields;
    }

    internal static void Note(string file, string path)
    {
        if (Current.Value is { } fields)
        {
            lock (fields)
            {
                fields.Add(Path.GetFileName(file) + ":" + path);
            }
        }
    }
}
