namespace Edition.Rendering.Figures;

/// <summary>
/// Which image types a file is, by its extension and confirmed by its first bytes (a file named .png that is not
/// one would show a browser's broken image and stop xelatex): what browsers show, what xelatex includes.
/// </summary>
internal static class ImageFormat
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "png", [".jpg"] = "jpg", [".jpeg"] = "jpg", [".gif"] = "gif", [".svg"] = "svg", [".webp"] = "webp", [".pdf"] = "pdf",
    };

    /// <summary>Types every browser shows in an &lt;img&gt; (an SVG too, as a file, never inlined: its scripts do not run there).</summary>
    public static bool ForWeb(string? format) => format is "png" or "jpg" or "gif" or "svg" or "webp";

    /// <summary>Types xelatex's \includegraphics takes.</summary>
    public static bool ForPrint(string? format) => format is "png" or "jpg" or "pdf";

    /// <summary>The file's type, or null when its extension names none of ours or its bytes are not of that type.</summary>
    public static string? Of(string path)
    {
        if (!Extensions.TryGetValue(Path.GetExtension(path), out var format))
        {
            return null;
        }

        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return Matches(format, head[..read]) ? format : null;
    }

    private static bool Matches(string format, ReadOnlySpan<byte> head) => format switch
    {
        "png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']),
        "jpg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "gif" => head.StartsWith("GIF8"u8),
        "webp" => head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8),
        "pdf" => head.StartsWith("%PDF"u8),
        "svg" => head.TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).StartsWith("<"u8),
        _ => false,
    };
}
