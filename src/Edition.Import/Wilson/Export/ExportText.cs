using System.Text;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Import.Wilson.Export;

/// <summary>The export file as lines (one-based numbering via <see cref="Span"/>), after the checks that make it text at all.</summary>
internal sealed class ExportText
{
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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(ImportDiagnostics.FileUnreadable.At(SourceSpan.None(path), e.Message));
            return null;
        }

        // A PDF or image handed over by mistake: NUL bytes or invalid UTF-8 mean it is not the text export.
        var nul = Array.IndexOf(bytes, (byte)0);
        string text;
        try
        {
            text = nul >= 0 ? throw new DecoderFallbackException() : StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(ImportDiagnostics.BinaryFile.At(new SourceSpan(path, 1, 1)));
            return null;
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(ImportDiagnostics.EmptyFile.At(new SourceSpan(path, 1, 1)));
            return null;
        }

        return new ExportText(path, text.Split('\n'));
    }
}
