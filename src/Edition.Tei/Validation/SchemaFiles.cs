using Edition.Core.Source;

namespace Edition.Tei.Validation;

/// <summary>
/// Whether a schema file (RELAX NG, Schematron, or one they include) may be read: a FIFO, device or socket is
/// refused unopened, and so is a file larger than <see cref="MaxBytes"/>, as a TEI file larger than its limit is.
/// </summary>
public static class SchemaFiles
{
    /// <summary>The largest schema file read (tei_all.rng is some 5 MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Why the file cannot be used as a schema, worded to follow its name; null when it may be read (or does not exist).</summary>
    public static string? Unusable(string path)
    {
        if (SpecialFiles.Describe(path) is { } kind)
        {
            return $"it is {kind}, not a regular file";
        }

        return File.Exists(path) && new FileInfo(path).Length > MaxBytes ? $"it holds more than {MaxBytes / (1024 * 1024)} MB, the most a schema file may hold" : null;
    }
}
