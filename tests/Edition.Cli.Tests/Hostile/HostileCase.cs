using System.Globalization;
using System.Text;
using Edition.TestSupport.Fuzzing;

namespace Edition.Cli.Tests.Hostile;

/// <summary>
/// One case of the hostile-input corpus, read from its <c>expected.txt</c>: <c>key: value</c> lines (<c>#</c> starts a
/// comment), values with <c>{work}</c>, <c>{project}</c>, <c>{out}</c>, <c>{outside}</c> put in, and escapes
/// (<c>\n</c>, <c>\t</c>, <c>\\</c>, <c>\uXXXX</c>, <c>\xHH</c> for a raw byte) in what is written to files. See docs/testing.md.
/// </summary>
internal sealed class HostileCase
{
    private readonly List<(string Key, string Value)> _lines;

    private HostileCase(List<(string Key, string Value)> lines) => _lines = lines;

    public static HostileCase Read(string file) => new([.. File.ReadAllLines(file)
        .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
        .Select(l => l.Split(':', 2) is [var k, var v] ? (k.Trim(), v.TrimStart()) : throw new FormatException($"{file}: not 'key: value': {l}"))]);

    public IEnumerable<string> All(string key) => _lines.Where(l => l.Key == key).Select(l => l.Value);

    public string? One(string key) => All(key).SingleOrDefault();

    public bool Flag(string key) => One(key) == "true";

    public int Exit => int.Parse(One("exit") ?? throw new FormatException("a case needs 'exit: N'"), CultureInfo.InvariantCulture);

    /// <summary>Command-line arguments, split at spaces outside single quotes (quotes removed; nothing else unescaped).</summary>
    public static IReadOnlyList<string> Arguments(string line)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        return current.Length > 0 ? [.. args, current.ToString()] : args;
    }

    /// <summary>The bytes an escaped value stands for: <c>\xHH</c> is that byte, a lone surrogate its three bytes (not UTF-8, on purpose).</summary>
    public static byte[] Bytes(string escaped)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != '\\' || i + 1 == escaped.Length)
            {
                var pair = char.IsHighSurrogate(escaped[i]) && i + 1 < escaped.Length ? escaped.Substring(i++, 2) : escaped[i].ToString();
                bytes.AddRange(Encoding.UTF8.GetBytes(pair));
                continue;
            }

            var next = escaped[++i];
            switch (next)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'x': bytes.Add(byte.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 2; break;
                case 'u': bytes.AddRange(Mutator.Bytes(((char)int.Parse(escaped.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())); i += 4; break;
                default: bytes.Add((byte)next); break;
            }
        }

        return [.. bytes];
    }
}
