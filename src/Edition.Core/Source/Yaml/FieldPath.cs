namespace Edition.Core.Source.Yaml;

/// <summary>A field's path as an author reads it: the JSON pointer <c>/archives/0/fond</c> as <c>archives[0].fond</c>.</summary>
public static class FieldPath
{
    public static string Of(string pointer)
    {
        var path = "";
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(name, out _) ? $"[{name}]" : path.Length == 0 ? name : "." + name;
        }

        return path;
    }
}
