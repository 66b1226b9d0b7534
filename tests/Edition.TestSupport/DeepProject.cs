namespace Edition.TestSupport;

/// <summary>Small projects whose sources nest deeply: TEI-in elements, markup directives, Markdown containers.</summary>
public static class DeepProject
{
    private const string TeiStart = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Deep</title></titleStmt>
        <publicationStmt><p>T</p></publicationStmt><sourceDesc><p>T</p></sourceDesc></fileDesc></teiHeader>
        <text><body>

        """;

    private const string TeiEnd = "\n</body></text></TEI>\n";

    /// <summary>A project with one TEI-in file, <c>documents/deep.xml</c>, whose line 4 nests <paramref name="count"/> <c>hi</c> (in a paragraph) or <c>div</c> elements.</summary>
    public static string TeiIn(string folder, string element, int count)
    {
        var inner = element == "hi" ? "<p>" + Nest("<hi>", "x", "</hi>", count) + "</p>" : Nest("<div>", "<p>x</p>", "</div>", count);
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        WriteEdition(folder);
        File.WriteAllText(Path.Combine(folder, "documents", "deep.xml"), TeiStart + inner + TeiEnd);
        return folder;
    }

    /// <summary>A project with one authored document whose <c>original.en.md</c> holds <paramref name="text"/> from line 3 on.</summary>
    public static string Markdown(string folder, string text)
    {
        var document = Path.Combine(folder, "documents", "doc1");
        Directory.CreateDirectory(document);
        WriteEdition(folder);
        File.WriteAllText(Path.Combine(document, "document.yml"), "title: \"Deep\"\ndate: 1900-01-01\nlanguage: en\nwitnesses:\n  - id: A\n    label: \"W\"\n");
        File.WriteAllText(Path.Combine(document, "original.en.md"), "{head #title} Deep\n\n" + text + "\n");
        return folder;
    }

    /// <summary>
    /// The deepest nesting Edition reads, of each kind: TEI-in files nesting divs, and his in a paragraph, to
    /// <paramref name="xmlDepth"/> levels of elements; paragraphs nesting directives <paramref name="markupDepth"/> deep.
    /// </summary>
    public static string Deepest(string folder, int xmlDepth, int markupDepth)
    {
        // TEI, text and body hold the body's content; a paragraph holds the innermost text.
        var levels = xmlDepth - 4;
        var directives = string.Concat(Enumerable.Range(0, markupDepth).Select(i => new[] { "{note: ", "{supplied: ", "{unclear: " }[i % 3]));
        Markdown(folder, $"{{#p1}} a {directives}x{new string('}', markupDepth)}\n\n{{#p2}} b {Nest("{app: ", "x", " | A: y}", markupDepth)}");
        File.WriteAllText(Path.Combine(folder, "documents", "divs.xml"), TeiStart + Nest("<div>", "<p>x</p>", "</div>", levels) + TeiEnd);
        File.WriteAllText(Path.Combine(folder, "documents", "his.xml"), TeiStart + "<p>" + Nest("<hi rend=\"bold\">", "x", "</hi>", levels) + "</p>" + TeiEnd);
        return folder;
    }

    public static string Nest(string open, string inner, string close, int count) =>
        string.Concat(Enumerable.Repeat(open, count)) + inner + string.Concat(Enumerable.Repeat(close, count));

    private static void WriteEdition(string folder) => File.WriteAllText(Path.Combine(folder, "edition.yml"), "id: deep\ntitle: \"Deep\"\nlanguages: [en]\n");
}
