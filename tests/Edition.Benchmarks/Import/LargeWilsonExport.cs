using System.Text;

namespace Edition.Benchmarks.Import;

/// <summary>
/// A Wilson export of a given size made from the seed, enlarged where a real export can be large: many body
/// paragraphs, or one long paragraph per language. Shared with the importer's tests, which bound an import of one.
/// </summary>
public static class LargeWilsonExport
{
    public enum Shape
    {
        /// <summary>The seed's first body paragraphs repeated on both sides, the translation one short, so the aligner searches one long section.</summary>
        Paragraphs,

        /// <summary>The same text, its paragraphs run together into one long paragraph per language.</summary>
        LongParagraph,
    }

    /// <summary>Writes the export, a little over <paramref name="targetBytes"/>, to <paramref name="path"/> a block at a time.</summary>
    public static void Write(string seedPath, string path, long targetBytes, Shape shape)
    {
        var seed = File.ReadAllLines(seedPath);
        var ruStart = Array.FindIndex(seed, l => l.StartsWith("1. ", StringComparison.Ordinal));
        var ruEnd = Array.IndexOf(seed, "/см.сл.лист/");
        var enStart = Array.FindIndex(seed, ruEnd, l => l.StartsWith("1. ", StringComparison.Ordinal));
        var enEnd = Array.FindIndex(seed, enStart, l => l.StartsWith("I already sent", StringComparison.Ordinal));
        var ru = Block(seed[ruStart..ruEnd], shape);
        var en = Block(seed[enStart..enEnd], shape);
        var copies = Math.Max(1, targetBytes / (Encoding.UTF8.GetByteCount(ru) + Encoding.UTF8.GetByteCount(en)));

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        WriteLines(writer, seed[..ruStart]);
        Repeat(writer, ru, copies);
        WriteLines(writer, seed[ruEnd..enStart]);
        if (shape == Shape.Paragraphs)
        {
            Repeat(writer, en, copies - 1);
            writer.Write(en[..(en.LastIndexOf("\n\n", en.Length - 3, StringComparison.Ordinal) + 2)]);
        }
        else
        {
            Repeat(writer, en, copies);
        }

        WriteLines(writer, seed[enEnd..]);
    }

    /// <summary>
    /// The lines as the export holds them, paragraphs ending in a blank line; or run together into one paragraph
    /// whose copies follow one another, so only the last copy's blank line ends it.
    /// </summary>
    private static string Block(string[] lines, Shape shape) =>
        shape == Shape.Paragraphs
            ? string.Join('\n', lines) + "\n"
            : string.Join('\n', lines.Where(l => l.Length > 0)) + "\n";

    private static void Repeat(StreamWriter writer, string block, long copies)
    {
        for (var i = 0; i < copies; i++)
        {
            writer.Write(block);
        }

        writer.Write("\n");
    }

    private static void WriteLines(StreamWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
