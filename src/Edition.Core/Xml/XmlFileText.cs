using System.Text;
using System.Text.RegularExpressions;

namespace Edition.Core.Xml;

/// <summary>
/// An XML file's bytes as the text an XML parser reads: decoded by its byte order mark (UTF-8, UTF-16, UTF-32),
/// else by the encoding its XML declaration names, else as UTF-8. The text is made in one allocation, without a
/// reader's growing buffers: whole volumes pass through here.
/// </summary>
public static partial class XmlFileText
{
    public static string Decode(byte[] bytes)
    {
        var (encoding, skip) = ByOrderMark(bytes) ?? (Declared(bytes), 0);
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static (System.Text.Encoding Encoding, int Skip)? ByOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (System.Text.Encoding.UTF8, 3),
        [0xFF, 0xFE, 0, 0, ..] => (System.Text.Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (System.Text.Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (System.Text.Encoding.BigEndianUnicode, 2),
        [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        _ => null,
    };

    /// <summary>The encoding the XML declaration names, if .NET knows it (else the parser reports it where the file is read); else UTF-8.</summary>
    private static System.Text.Encoding Declared(byte[] bytes)
    {
        if (DeclaredEncoding().Match(System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200))) is not { Success: true } m)
        {
            return System.Text.Encoding.UTF8;
        }

        try
        {
            return System.Text.Encoding.GetEncoding(m.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return System.Text.Encoding.UTF8;
        }
    }

    [GeneratedRegex("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")]
    private static partial Regex DeclaredEncoding();
}
