using System.Text;

namespace Edition.Build.Serve;

/// <summary>
/// The path of a request to <c>edition serve</c>, decoded strictly from the request line: a malformed one (not
/// starting with '/', a '%' not followed by two hex digits, bytes that are not UTF-8, a control character such as
/// NUL, a '.' or '..' segment) is 400, one longer than <see cref="MaxLength"/> 414; never an exception.
/// </summary>
internal static class RequestPath
{
    /// <summary>The longest path served, in characters as sent (percent-encoded).</summary>
    public const int MaxLength = 2048;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded path and 200, or null and the status that refuses the request.</summary>
    public static (string? Path, int Status) Decode(string? rawUrl)
    {
        if (string.IsNullOrEmpty(rawUrl) || rawUrl[0] != '/')
        {
            return (null, 400);
        }

        var end = rawUrl.IndexOfAny(['?', '#']);
        var raw = end < 0 ? rawUrl : rawUrl[..end];
        if (raw.Length > MaxLength)
        {
            return (null, 414);
        }

        if (PercentDecoded(raw) is not { } bytes)
        {
            return (null, 400);
        }

        string path;
        try
        {
            path = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, 400);
        }

        var segments = path.Split('/');
        var malformed = path.Any(c => char.IsControl(c) || c == '\\') || segments.Any(s => s is "." or "..");
        return malformed ? (null, 400) : (path, 200);
    }

    private static byte[]? PercentDecoded(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '%')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
                continue;
            }

            if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2]))
            {
                return null;
            }

            bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
            i += 2;
        }

        return [.. bytes];
    }
}
