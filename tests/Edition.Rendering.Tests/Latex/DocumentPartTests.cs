using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// Each document's LaTeX is typeset on its own (on every core, kept in the print cache) and edition.tex put
/// together from the parts: byte for byte what one render of edition.tex.sbn gives, which is what an edition
/// with its own edition.tex.sbn gets. A corpus's edition.tex is complete, however long.
/// </summary>
public sealed class DocumentPartTests
{
    private static readonly Lazy<(EditionView Edition, IReadOnlyList<EncodedDocument> Tei)> Frus = new(() => FrusPrint.Read("frus1930v01"));

    [Fact]
    public void TheSampleFromPartsEqualsOneRenderOfEditionTex() =>
        Assert.Equal(OneRender(PrintSample.Edition), PrintSample.Tex);

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void AVolumeOfHundredsOfDocumentsIsCompleteAndEqualsOneRender()
    {
        var (edition, _) = Frus.Value;
        var tex = PrintSample.Text(PrintSample.Render(edition, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));

        // Scriban's default cut any string at 1 MiB characters, the rendered page among them.
        Assert.True(tex.Length > 1 << 20, $"only {tex.Length} characters");
        Assert.EndsWith("\\end{document}\n", tex, StringComparison.Ordinal);
        // Each document and each of the volume's other pages (a chapter's own text, front and back matter) is a chapter.
        Assert.Equal(edition.Documents.Count + edition.Parts.Count, tex.Split("\\chapter{").Length - 1 - FrontMatterChapters(tex));
        Assert.All(edition.Documents, d => Assert.Contains($"\\label{{doc:{d.Id}}}", tex, StringComparison.Ordinal));
        Assert.Equal(OneRender(edition), tex);
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void ListsAndNestedDivisionsPrintTheirBlocksAndNoChunkIsEmpty()
    {
        var (edition, _) = Frus.Value;
        var tex = PrintSample.Text(PrintSample.Render(edition, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));

        // The London naval treaty's Article 2 is a list of lists (of ships to be disposed of).
        Assert.Contains("{United States:}\n\\edblockbreak\n“Florida”.\n\\edblockbreak\n“Utah”.", tex, StringComparison.Ordinal);

        // reledmac stops at a chunk with nothing in it.
        Assert.DoesNotMatch(@"\\pstart(\\edfoliomargin\{[^}]*\})?\n(%\n)*\\pend", tex);
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void ACacheServesEveryUnchangedDocumentAndGivesTheSameTex()
    {
        var (edition, tei) = Frus.Value;
        var pages = edition.Documents.Count + edition.Parts.Count;
        var folder = Directory.CreateTempSubdirectory("edition-print-cache-").FullName;
        try
        {
            var cache = new PrintCache(folder);
            var first = Render(edition, tei, cache);
            Assert.Equal((pages, 0), (cache.Misses, cache.Hits));
            cache.Commit();
            Assert.Equal(pages, Directory.GetFiles(folder, "*.tex").Length);

            // A new process: the parts come from disk, none is typeset again.
            var fresh = new PrintCache(folder);
            fresh.Begin();
            Assert.Equal(first, Render(edition, tei, fresh));
            Assert.Equal((0, pages), (fresh.Misses, fresh.Hits));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ATemplateErrorInADocumentIsReportedOnceAtItsLine()
    {
        var project = Directory.CreateTempSubdirectory("edition-print-error-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "templates", "latex"));
            File.WriteAllText(Path.Combine(project, "templates", "latex", "document.tex.sbn"), "\\chapter{ {{- tex doc.title -}} }\n{{ doc.no_such_field.x }}\n");
            var bag = new DiagnosticBag();
            Assert.Empty(PrintRenderer.Render(PrintSample.Edition, new TemplateSet(project, RepoPaths.Templates), bag));
            var error = Assert.Single(bag.Sorted());
            Assert.Equal("ED5003", error.Code);
            Assert.Equal((Path.Combine(project, "templates", "latex", "document.tex.sbn"), 2), (error.Span.File, error.Span.Line));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    /// <summary>edition.tex.sbn rendered in one piece: an edition whose own templates hold a copy of it.</summary>
    private static string OneRender(EditionView edition)
    {
        var project = Directory.CreateTempSubdirectory("edition-own-edition-tex-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "templates", "latex"));
            File.Copy(Path.Combine(RepoPaths.Templates, "latex", "edition.tex.sbn"), Path.Combine(project, "templates", "latex", "edition.tex.sbn"));
            return PrintSample.Text(PrintSample.Render(edition, new TemplateSet(project, RepoPaths.Templates)).Single(f => f.RelativePath == PrintRenderer.TexPath));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private static string Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, PrintCache cache)
    {
        var bag = new DiagnosticBag();
        var files = PrintRenderer.Render(edition, PrintSample.DefaultTemplates, bag, cache, tei);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return PrintSample.Text(files.Single(f => f.RelativePath == PrintRenderer.TexPath));
    }

    private static int FrontMatterChapters(string tex) => tex[..tex.IndexOf("\\mainmatter", StringComparison.Ordinal)].Split("\\chapter{").Length - 1;
}
