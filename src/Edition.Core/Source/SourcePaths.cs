namespace Edition.Core.Source;

/// <summary>How files are named in diagnostics: relative to the working directory when below it, as editors type them.</summary>
public static class SourcePaths
{
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    /// <summary>A document id usable as an XML name prefix: the folder or file name, with 'd' before a leading digit.</summary>
    public static string DocumentId(string name)
    {
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray();
        var id = new string(chars);
        return id.Length > 0 && char.IsLetter(id[0]) ? id : "d" + id;
    }
}
