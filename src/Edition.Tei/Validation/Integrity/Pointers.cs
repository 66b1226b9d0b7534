namespace Edition.Tei.Validation.Integrity;

/// <summary>Which attributes hold pointers, and how one pointer token splits into file and fragment.</summary>
internal static class Pointers
{
    public static readonly string[] Attributes = ["corresp", "target", "ref", "wit", "source", "facs", "resp", "who"];

    /// <summary>File part ("" for a local pointer) and fragment (null if none); null when not checked (URLs, images, other schemes).</summary>
    public static (string File, string? Fragment)? Parse(string token)
    {
        if (token.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var hash = token.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? token : token[..hash];
        var fragment = hash < 0 ? null : token[(hash + 1)..];
        return file.Length == 0 || file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? (file, fragment) : null;
    }
}
