using System.Text;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;

namespace Edition.Import.Wilson.Export;

/// <summary>
/// The export file as lines (one-based numbering via <see cref="Span"/>), after the checks that make it text at all.
/// It is read a chunk at a time into lines, never whole as bytes and again as text, and no further than its limit.
/// </summary>
internal sealed class ExportText
{
    /// <summary>The largest export read: the largest source the build reads (a record's export is a few hundred KB).</summary>
    public const int MaxBytes = SourceText.MaxBytes;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ExportText(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        Lines = lines;
    }

    public string Path { get; }

    /// <summary>Lines without terminators; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    public SourceSpan Span(int lineIndex, int column = 1) => new(Path, lineIndex + 1, column);

    public static ExportText? Read(string path, List<Diagnostic> diagnostics)
    {
        if (Refusal(path) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        if (ReadLines(path, diagnostics) is not { } lines)
        {
            return null;
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            diagnostics.Add(ImportDiagnostics.EmptyFile.At(new SourceSpan(path, 1, 1)));
            return null;
        }

        return new ExportText(path, lines);
    }

    /// <summary>What is wrong with the path before it is opened: not a regular file, or larger than the limit.</summary>
    private static Diagnostic? Refusal(string path)
    {
        var at = SourceSpan.None(path);
        try
        {
            return (Directory.Exists(path) ? "a directory" : Core.Source.SpecialFiles.Describe(path)) is { } kind ? ImportDiagnostics.NotAFile.At(at, kind)
                : new FileInfo(path) is { Exists: true, Length: > MaxBytes } ? ImportDiagnostics.ExportTooLarge.At(at, MaxBytes / (1024 * 1024))
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ImportDiagnostics.FileUnreadable.At(at, e.Message);
        }
    }

    /// <summary>The lines, strictly UTF-8, a byte order mark skipped and the characters XML cannot hold removed.</summary>
    private static List<string>? ReadLines(string path, List<Diagnostic> diagnostics)
    {
        List<string>? lines;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
            lines = ExportLines.Read(reader, MaxBytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(ImportDiagnostics.BinaryFile.At(new SourceSpan(path, 1, 1)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(ImportDiagnostics.FileUnreadable.At(SourceSpan.None(path), e.Message));
            return null;
        }

        if (lines is null)
        {
            diagnostics.Add(ImportDiagnostics.ExportTooLarge.At(SourceSpan.None(path), MaxBytes / (1024 * 1024)));
            return null;
        }

        lines[0] = lines[0].TrimStart('\uFEFF');
        return WithoutNonXmlCharacters(path, lines, diagnostics);
    }

    /// <summary>
    /// Removes and reports what XML cannot hold. When such characters are more than one in eight, the file is not a
    /// text export with debris in it but binary, or UTF-16 text (whose every other byte is NUL): it is refused.
    /// </summary>
    private static List<string>? WithoutNonXmlCharacters(string path, List<string> lines, List<Diagnostic> diagnostics)
    {
        var filter = new NonXmlCharacterFilter(path);
        long characters = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            characters += lines[i].Length + 1;
            lines[i] = filter.Clean(lines[i], i);
        }

        if (filter.Removed * 8 > characters)
        {
            diagnostics.Add(ImportDiagnostics.BinaryFile.At(new SourceSpan(path, 1, 1)));
            return null;
        }

        diagnostics.AddRange(filter.Diagnostics(new SourceSpan(path, lines.Count, 1)));
        return lines;
    }
}
