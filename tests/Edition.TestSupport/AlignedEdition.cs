using System.Globalization;
using System.Text;

namespace Edition.TestSupport;

/// <summary>
/// Writes an invented edition whose documents each hold an original and a translation of <c>pairs</c> keyed
/// paragraphs (<c>{#pN}</c> in both texts, aligned by key), with person and place references and a note now
/// and then: the shape whose validation once grew with the square of the pairs. Self-contained (no other file
/// of the repository is read), so the benchmarks can compile it in too.
/// </summary>
public static class AlignedEdition
{
    /// <summary>Writes the edition into <paramref name="directory"/> (made, or emptied first) and returns it.</summary>
    public static string Create(string directory, int pairs, int documents = 1)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "edition.yml"), EditionYaml(pairs, documents));
        File.WriteAllText(Path.Combine(directory, "persons.yml"), "- id: anna\n  name: \"Anna Example\"\n- id: boris\n  name: \"Boris Example\"\n");
        File.WriteAllText(Path.Combine(directory, "places.yml"), "- id: berlin\n  name: \"Berlin\"\n- id: moscow\n  name: \"Moscow\"\n");
        for (var d = 1; d <= documents; d++)
        {
            WriteDocument(Path.Combine(directory, "documents", $"doc{d:D4}"), d, pairs);
        }

        return directory;
    }

    private static string EditionYaml(int pairs, int documents) =>
        $"""
        id: aligned
        title: "Aligned edition ({documents} document(s) of {pairs} keyed paragraph pairs, invented)"
        editors:
          - id: ed
            name: "Test Editor"
            role: "editor"
        languages: [de, en]
        base_url: "https://example.org/aligned/"

        """;

    private static void WriteDocument(string folder, int number, int pairs)
    {
        Directory.CreateDirectory(folder);
        var date = new DateOnly(1900, 1, 1).AddDays(number - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(folder, "document.yml"),
            $"title: \"Invented letter {number}\"\ndate: {date}\nsender:\n  person: anna\n  place: berlin\nrecipient:\n  person: boris\nlanguage: de\ntranslation:\n  language: en\n");
        File.WriteAllText(Path.Combine(folder, "original.de.md"), Text(pairs, Original));
        File.WriteAllText(Path.Combine(folder, "translation.en.md"), Text(pairs, Translation));
    }

    private static string Text(int pairs, Func<int, string> paragraph)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= pairs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{#p{i}}} ").Append(paragraph(i)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Original(int i) =>
        $"Absatz {i}: {{person anna: Anna}} schreibt aus {{place berlin: Berlin}} an {{person boris: Boris}} in {{place moscow: Moskau}}, "
        + "wie es ihr geht und was sie in den letzten Wochen gelesen hat."
        + (i % 10 == 0 ? " {note: Am Rand ein Bleistiftvermerk.}" : "");

    private static string Translation(int i) =>
        $"Paragraph {i}: {{person anna: Anna}} writes from {{place berlin: Berlin}} to {{person boris: Boris}} in {{place moscow: Moscow}} "
        + "how she is and what she has read in the last weeks."
        + (i % 10 == 0 ? " {note: A pencil mark in the margin.}" : "");
}
