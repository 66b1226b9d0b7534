using System.Text;

namespace Edition.Import.Wilson.Export;

/// <summary>
/// Splits a text into lines as it is read, a chunk at a time: LF, CRLF and a lone CR all end a line, so an export
/// saved on Windows or an old Mac gives the same lines as one saved on Linux. What follows the last line end is a
/// line too (as <see cref="string.Split(char, StringSplitOptions)"/> would give).
/// </summary>
internal static class ExportLines
{
    private const int ChunkSize = 64 * 1024;

    /// <returns>The lines, or null as soon as the text holds more than <paramref name="maxChars"/> characters.</returns>
    public static List<string>? Read(TextReader reader, long maxChars)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var chunk = new char[ChunkSize];
        var afterCr = false;
        long total = 0;
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > maxChars)
            {
                return null;
            }

            var rest = chunk.AsSpan(0, read);
            if (afterCr && rest[0] == '\n')
            {
                rest = rest[1..];
            }

            afterCr = false;
            int end;
            while ((end = rest.IndexOfAny('\r', '\n')) >= 0)
            {
                lines.Add(line.Append(rest[..end]).ToString());
                line.Clear();
                var crlf = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n';
                afterCr = rest[end] == '\r' && end + 1 == rest.Length;
                rest = rest[(end + (crlf ? 2 : 1))..];
            }

            line.Append(rest);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
