using System.Text;

namespace Edition.Build.Tests.Print;

/// <summary>
/// A table taller than a page breaks across pages in print (a longtable between numbered chunks), every cell in the
/// PDF and its heading row repeated on each page; a table inside a paragraph too.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LongTablePrintTests
{
    [SkippableFact]
    public void ATwoHundredRowTableKeepsEveryCellAndRepeatsItsHeading()
    {
        using var edition = new PrintedEdition("long-table.xml", Tei(rows: 200));

        Assert.True(edition.Result.Succeeded, string.Join('\n', edition.Result.Diagnostics));
        Assert.DoesNotContain(edition.Result.Diagnostics, d => d.Code == Rendering.RenderingDiagnostics.DocumentPrintedPlainly.Id);
        var words = edition.Text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var lost = Enumerable.Range(1, 200).SelectMany(i => new[] { $"r{i}a", $"r{i}b", $"r{i}c" }).Where(cell => !words.Contains(cell)).ToList();
        Assert.True(lost.Count == 0, $"cells missing from the PDF: {string.Join(", ", lost.Take(20))}");
        Assert.Contains("Before the table.", edition.Text, StringComparison.Ordinal);
        Assert.Contains("After the table.", edition.Text, StringComparison.Ordinal);
        Assert.Contains("Inner1", edition.Text, StringComparison.Ordinal);
        var pages = edition.Text.Split('\f').Count(page => page.Contains("r100a", StringComparison.Ordinal) || page.Contains("r150a", StringComparison.Ordinal) || page.Contains("r200a", StringComparison.Ordinal));
        var headings = edition.Text.Split('\f').Count(page => page.Contains("Heading", StringComparison.Ordinal));
        Assert.True(headings >= 3 && pages >= 2, $"the heading row is on {headings} pages");
    }

    /// <summary>An invented document: a paragraph, a long table with a heading row, a table inside a paragraph.</summary>
    private static string Tei(int rows)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= rows; i++)
        {
            body.Append($"<row><cell>r{i}a</cell><cell>r{i}b</cell><cell>r{i}c</cell></row>\n");
        }

        return $"""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A long table (invented)</title></titleStmt>
            <publicationStmt><p>Invented for a test.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc></teiHeader>
            <text><body>
            <p>Before the table.</p>
            <table><row role="label"><cell>Heading</cell><cell>Second</cell><cell>Third</cell></row>
            {body}</table>
            <p>After the table.</p>
            <p>A paragraph holding a table: <table><row><cell>Inner1</cell><cell>Inner2</cell></row></table> and words after it.</p>
            </body></text></TEI>
            """;
    }
}
