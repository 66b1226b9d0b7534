using System.Text;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Core.Source;

/// <summary>
/// Reads a source text file (YAML, Markdown) as UTF-8, strictly: bytes that are not UTF-8 (a file saved as Latin-1 or
/// Windows-1252) are an error at their line and column, never text silently turned into U+FFFD (the text is still
/// given, so the rest of the file is checked and nothing else is reported for want of it). A byte order mark is
/// skipped.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How many characters XML cannot hold are reported in one file (the rest are removed all the same).</summary>
    private const int MaxReportedCharacters = 20;

    /// <summary>
    /// The file's text; where it is not UTF-8, with a diagnostic at the first byte that is not. Characters XML 1.0
    /// cannot hold (control characters, U+FFFE) are each an error at their place and are left out of the text, so
    /// they never reach the TEI.
    /// </summary>
    public static string Read(string path, string displayPath, List<Diagnostic> diagnostics) =>
        WithoutNonXmlCharacters(Decode(path, displayPath, diagnostics), displayPath, diagnostics);

    /// <summary>The largest YAML or Markdown source Edition reads (a book's text is a few MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static string Decode(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        if (SpecialFiles.Describe(path) is { } kind)
        {
            diagnostics.Add(SourceDiagnostics.NotARegularFile.At(new SourceSpan(displayPath, 1, 1), displayPath, kind));
            return "";
        }

        if (ReadBounded(path, MaxBytes) is not { } bytes)
        {
            diagnostics.Add(SourceDiagnostics.SourceTooLarge.At(new SourceSpan(displayPath, 1, 1), MaxBytes / (1024 * 1024)));
            return "";
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + Math.Max(e.Index, 0);
            var before = Encoding.UTF8.GetString(bytes, start, at - start);
            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            diagnostics.Add(SourceDiagnostics.NotUtf8.At(new SourceSpan(displayPath, line, column), bytes[at]));
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static string WithoutNonXmlCharacters(string text, string displayPath, List<Diagnostic> diagnostics)
    {
        var kept = new StringBuilder(text.Length);
        var (line, column, reported) = (1, 1, 0);
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(c))
            {
                kept.Append(c);
                (line, column) = c == '\n' ? (line + 1, 0) : (line, column);
            }
            else if (reported++ < MaxReportedCharacters)
            {
                diagnostics.Add(SourceDiagnostics.NotXmlCharacter.At(new SourceSpan(displayPath, line, column), (int)c));
            }
        }

        return kept.Length == text.Length ? text : kept.ToString();
    }

    /// <summary>
    /// A file's bytes, or null when it holds more than <paramref name="limit"/> or more than its size says (a device
    /// such as <c>/dev/zero</c>, whose size is 0): never more than the size plus one byte is read, so neither a huge
    /// file nor a device that never ends costs memory. A FIFO, device or socket (<see cref="SpecialFiles"/>) is never
    /// opened: null too (callers that word their own message ask <see cref="SpecialFiles.Describe"/> first).
    /// </summary>
    public static byte[]? ReadBounded(string path, int limit)
    {
        var size = new FileInfo(path).Length;
        if (size > limit || SpecialFiles.IsSpecial(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // Read into an array of the file's size (no copy of a volume's bytes), then one byte more must not come.
        var bytes = new byte[size];
        var total = 0;
        int read;
        while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0)
        {
            total += read;
        }

        Span<byte> beyond = stackalloc byte[1];
        return stream.Read(beyond) > 0 ? null : total < size ? bytes[..total] : bytes;
    }
}
