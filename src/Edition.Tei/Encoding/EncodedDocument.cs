using System.Security.Cryptography;
using System.Xml.Linq;
using Edition.Core.Text;

namespace Edition.Tei.Encoding;

/// <summary>
/// One TEI file of the edition's output: its name under <c>tei/</c>, its XML, and (for encoded documents)
/// the author's files it came from. A TEI-in document is passed through as its original bytes. The XML is
/// not changed once encoded, so its text and content hash are computed once, on first use.
/// </summary>
public sealed record EncodedDocument(string Id, string FileName, XDocument Tei, string? SourceFile, byte[]? PassThroughBytes = null)
{
    private string? _text;
    private string? _hash;

    /// <summary>The exact text written to disk (a pass-through file's byte order mark is not text: XML parsers reject it in a string).</summary>
    public string Text => _text ??= PassThroughBytes is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0)) : TeiWriter.Write(Tei);

    /// <summary>SHA-256 (hex) of the bytes written to disk: what caches key this document's later stages by.</summary>
    public string ContentHash => _hash ??= Convert.ToHexStringLower(SHA256.HashData(PassThroughBytes ?? System.Text.Encoding.UTF8.GetBytes(Text)));

    public bool IsPassThrough => PassThroughBytes is not null;

    /// <summary>Where in the author's sources an element came from, if it was encoded by Edition.</summary>
    public static SourceSpan? SourceOf(XElement element) => SourceAnnotation.SourceOf(element);
}
