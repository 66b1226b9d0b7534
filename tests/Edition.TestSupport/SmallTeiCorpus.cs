using System.Globalization;
using System.Text;

namespace Edition.TestSupport;

/// <summary>
/// An edition of many small invented TEI-in letters (three paragraphs of words drawn from a made-up vocabulary with
/// a few very common words, as in real prose), for what must scale with the number of documents: search's
/// fragmented index above all. The same count and seed give the same files. Shared with the benchmarks.
/// </summary>
public static class SmallTeiCorpus
{
    /// <summary>Words every letter holds (the worst case for a one-word query).</summary>
    public static readonly string[] Common = ["the", "of", "and", "to", "letter"];

    public static void Create(string project, int count, int seed = 1)
    {
        var documents = Path.Combine(project, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: small-letters\ntitle: \"{count} invented letters\"\nlanguages: [en]\nbase_url: \"https://example.org/small/\"\n");
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 5000);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(documents, $"l{i:D5}.xml"), Letter(i, random, vocabulary));
        }
    }

    /// <summary>Made-up words of two to four syllables, all distinct.</summary>
    public static List<string> Vocabulary(Random random, int size)
    {
        string[] syllables = ["ka", "ri", "mo", "te", "lun", "sa", "vor", "en", "di", "pa", "nu", "gel", "ost", "bri", "tha", "mel", "zu", "qua", "fe", "dor"];
        var words = new SortedSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var n = random.Next(2, 5);
            words.Add(string.Concat(Enumerable.Range(0, n).Select(_ => syllables[random.Next(syllables.Length)])));
        }

        return [.. words.OrderBy(_ => random.Next())];
    }

    private static string Letter(int i, Random random, List<string> vocabulary)
    {
        var date = new DateOnly(1900, 1, 1).AddDays(i % 36500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        for (var p = 1; p <= 3; p++)
        {
            body.Append(CultureInfo.InvariantCulture, $"      <p xml:id=\"l{i:D5}-p{p}\">{Paragraph(random, vocabulary)}</p>\n");
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>Letter {i}</title></titleStmt>
                  <publicationStmt><p>Invented for Edition's tests.</p></publicationStmt>
                  <sourceDesc><p>Invented; no source.</p></sourceDesc>
                </fileDesc>
                <profileDesc><creation><date when="{date}"/></creation><langUsage><language ident="en">English</language></langUsage></profileDesc>
              </teiHeader>
              <text xml:lang="en">
                <body>
            {body}    </body>
              </text>
            </TEI>
            """;
    }

    /// <summary>Thirty words, a few common ones among words of the vocabulary drawn with a Zipf-like skew.</summary>
    private static string Paragraph(Random random, List<string> vocabulary)
    {
        var words = new List<string>(Common);
        while (words.Count < 30)
        {
            words.Add(vocabulary[(int)Math.Pow(vocabulary.Count, random.NextDouble()) - 1]);
        }

        return string.Join(' ', words.OrderBy(_ => random.Next()));
    }
}
