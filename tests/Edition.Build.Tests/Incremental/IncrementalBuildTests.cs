using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Build.Tests.Incremental;

/// <summary>
/// A rebuild that reuses the build cache writes what a clean build writes, byte for byte, and renders
/// only the pages whose inputs changed: one edited document's, or everything after a template change.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-incr-" + Guid.NewGuid().ToString("N")[..12]);

    [Trait("Speed", "Slow")]
    [Fact]
    public void SampleRebuildAfterEditEqualsCleanBuild()
    {
        var project = Copy(RepoPaths.Sample, Path.Combine(_root, "sample"));
        Assert.True(Build(project, "cached").Succeeded);
        var text = Path.Combine(project, "documents", "1951-06-21", "translation.en.md");
        File.WriteAllText(text, File.ReadAllText(text).Replace("Stalin", "Stalin (edited)", StringComparison.Ordinal));

        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(0, rebuilt.PagesReused);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void TouchingOneOfFiveDocumentsRerendersOnlyIt()
    {
        var project = Synthetic(5);
        var first = Build(project, "cached");
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(0, first.PagesReused);
        var languages = first.PagesRendered / 5;

        var unchanged = Build(project, "cached");
        Assert.Equal(0, unchanged.PagesRendered);

        var file = Path.Combine(project, "documents", "v3.xml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Text of document 3.", "Edited text of document 3.", StringComparison.Ordinal));
        var rebuilt = Build(project, "cached");
        Assert.Equal(languages, rebuilt.PagesRendered);
        Assert.Equal(4 * languages, rebuilt.PagesReused);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
        Assert.Contains("Edited text of document 3.", File.ReadAllText(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d3.html")), StringComparison.Ordinal);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void EditingOneDocumentTypesetsOnlyItForPrint()
    {
        var project = Synthetic(5);
        var first = Build(project, "cached");
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal((5, 0), (first.DocumentsTypeset, first.DocumentsTypesetReused));

        var file = Path.Combine(project, "documents", "v3.xml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Text of document 3.", "Edited text of document 3.", StringComparison.Ordinal));
        var rebuilt = Build(project, "cached");
        Assert.Equal((1, 4), (rebuilt.DocumentsTypeset, rebuilt.DocumentsTypesetReused));
        Assert.Contains("Edited text of document 3.", File.ReadAllText(Path.Combine(rebuilt.OutputDirectory!, "print", "edition.tex")), StringComparison.Ordinal);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);

        // A change to a print template typesets every document again.
        var theme = Path.Combine(project, "templates", "latex");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "side.tex.sbn"), "% own side\n" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "latex", "side.tex.sbn")));
        var restyled = Build(project, "cached");
        Assert.Equal((5, 0), (restyled.DocumentsTypeset, restyled.DocumentsTypesetReused));
        Assert.Equal(5, File.ReadAllText(Path.Combine(restyled.OutputDirectory!, "print", "edition.tex")).Split("% own side").Length - 1);
        AssertSameOutput(restyled.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void ATemplateChangeInvalidatesEveryPage()
    {
        var project = Synthetic(3);
        Assert.True(Build(project, "cached").Succeeded);
        var theme = Path.Combine(project, "templates", "html");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "_foot.sbn"), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "html", "_foot.sbn")) + "<!-- overridden -->\n");

        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal(0, rebuilt.PagesReused);
        Assert.Contains("<!-- overridden -->", File.ReadAllText(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d2.html")), StringComparison.Ordinal);
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void TheCacheLivesBesideTheOutputNeverInIt()
    {
        var project = Synthetic(2);
        var result = Build(project, "cached");
        Assert.True(Directory.Exists(Path.Combine(_root, "cached", ".synth.cache", "pages")));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(result.OutputDirectory!, "*", SearchOption.AllDirectories), p => p.Contains(".cache", StringComparison.Ordinal));
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void ValidationFindingsOfUnchangedFilesComeFromTheCache()
    {
        var project = Synthetic(4);

        // A schema that allows any element but <bogus/>, so a finding can be provoked.
        Directory.CreateDirectory(Path.Combine(project, "rules"));
        File.WriteAllText(Path.Combine(project, "rules", "any.rng"), """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start>
              <define name="any"><element><anyName><except><name ns="http://www.tei-c.org/ns/1.0">bogus</name></except></anyName>
                <zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore></element></define>
            </grammar>
            """);
        File.AppendAllText(Path.Combine(project, "edition.yml"), "schema: rules/any.rng\n");
        var first = Build(project, "cached");
        Assert.Equal((4, 0), (first.FilesValidated, first.FilesValidationReused));

        TestCorpus.Edit(Path.Combine(project, "documents", "v2.xml"), "Text of document 2.", "Text of document 2, edited.");
        var rebuilt = Build(project, "cached");
        Assert.Equal((1, 3), (rebuilt.FilesValidated, rebuilt.FilesValidationReused));

        // A finding is reported again from the cache, exactly as a fresh validation reports it.
        TestCorpus.Edit(Path.Combine(project, "documents", "v3.xml"), "<p>Text of document 3.</p>", "<p>Text <bogus/> of document 3.</p>");
        var invalid = Build(project, "cached");
        var again = Build(project, "cached");
        var clean = Build(project, "clean", cache: false);
        Assert.Contains(invalid.Diagnostics, d => d.Span.File.EndsWith("v3.xml", StringComparison.Ordinal));
        Assert.Equal(1, invalid.FilesValidated);
        Assert.Equal(0, again.FilesValidated);
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ASessionRebuildReparsesOnlyTheEditedFileAndEqualsACleanBuild()
    {
        var project = Synthetic(5);
        var session = new BuildSession();
        Assert.True(Build(project, "session", session: session).Succeeded);
        TestCorpus.Edit(Path.Combine(project, "documents", "v4.xml"), "Text of document 4.", "Edited text of document 4.");
        var rebuilt = Build(project, "session", session: session);
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal((1, 4), (rebuilt.FilesValidated, rebuilt.FilesValidationReused));
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void ANewProcessParsesAndReadsOnlyTheEditedFileAndEqualsACleanBuild()
    {
        // No session: each build opens the cache afresh from disk, as a new `edition build` process does.
        var project = Synthetic(5);
        var first = Build(project, "cached");
        Assert.Equal((5, 5, 0), (first.TeiInFilesParsed, first.FilesRead, first.FilesReadReused));

        TestCorpus.Edit(Path.Combine(project, "documents", "v4.xml"), "Text of document 4.", "Edited text of document 4.");
        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal((1, 1, 4), (rebuilt.TeiInFilesParsed, rebuilt.FilesRead, rebuilt.FilesReadReused));
        Assert.Equal((1, 4), (rebuilt.FilesValidated, rebuilt.FilesValidationReused));
        var clean = Build(project, "clean", cache: false);
        AssertSameOutput(rebuilt.OutputDirectory!, clean.OutputDirectory!);
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(0, Build(project, "cached").TeiInFilesParsed);
    }

    [Fact]
    public void DamagedReadingAndIntegrityEntriesAreMissesNotErrors()
    {
        var project = Synthetic(3);
        Build(project, "cached");
        var cache = Path.Combine(_root, "cached", ".synth.cache");
        var damaged = Directory.GetFiles(Path.Combine(cache, "read"), "*.bin").Concat(Directory.GetFiles(Path.Combine(cache, "validation", "integrity"), "*.bin")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, damaged.Count);
        for (var i = 0; i < damaged.Count; i++)
        {
            // Cut short, or one byte changed (which could still decode, into a wrong value, but for the checksum).
            var bytes = File.ReadAllBytes(damaged[i]);
            if (i % 2 == 0)
            {
                File.WriteAllBytes(damaged[i], bytes[..(bytes.Length / 2)]);
            }
            else
            {
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(damaged[i], bytes);
            }
        }

        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal((3, 3, 0), (rebuilt.TeiInFilesParsed, rebuilt.FilesRead, rebuilt.FilesReadReused));
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void AFileMadeMalformedAfterACachedBuildIsReportedAtItsLine()
    {
        var project = Synthetic(3);
        Build(project, "cached");
        TestCorpus.Edit(Path.Combine(project, "documents", "v2.xml"), "<p>Text of document 2.</p>", "<p>Text of document 2.</P>");
        var broken = Build(project, "cached");
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Equal("ED1201", error.Code);
        Assert.EndsWith("v2.xml", error.Span.File, StringComparison.Ordinal);
        Assert.True(error.Span.Line > 1);
    }

    [Fact]
    public void ARebuildDoesNotReadThePagesOfDocumentsWhoseOutputIsUnchanged()
    {
        var project = Synthetic(3);
        Build(project, "cached");
        var contents = Path.Combine(_root, "cached", ".synth.cache", "pages", "content");
        var blobs = Directory.GetFiles(contents);
        Assert.Equal(3, blobs.Length);

        // Every page set's bytes damaged: a rebuild after an edit renders the edited document anew and, finding
        // the others' files on disk as written, never reads their bytes.
        foreach (var blob in blobs)
        {
            File.WriteAllBytes(blob, [1, 2, 3]);
        }

        TestCorpus.Edit(Path.Combine(project, "documents", "v2.xml"), "Text of document 2.", "Edited text of document 2.");
        var rebuilt = Build(project, "cached");
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Equal((1, 2), (rebuilt.PagesRendered, rebuilt.PagesReused));
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);

        // A page that must be written again (changed by hand) but whose cached bytes are damaged: a clear error, nothing lost.
        var page = Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d1.html");
        var before = File.ReadAllText(page);
        File.WriteAllText(page, "edited by hand");
        var damaged = Build(project, "cached");
        Assert.False(damaged.Succeeded);
        var error = Assert.Single(damaged.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Equal("ED6001", error.Code);
        Assert.Contains("--no-cache", error.Message, StringComparison.Ordinal);
        Assert.Equal("edited by hand", File.ReadAllText(page));
        Assert.True(Build(project, "cached", cache: false).Succeeded);
        Assert.Equal(before, File.ReadAllText(page));
    }

    [Fact]
    public void ARebuildRemovesWhatTheOutputShouldNotHold()
    {
        var project = Synthetic(3);
        var first = Build(project, "cached");
        File.WriteAllText(Path.Combine(first.OutputDirectory!, "site", "stray.html"), "put here by hand");
        File.WriteAllText(Path.Combine(first.OutputDirectory!, "site", "documents", "d1.html"), "edited by hand");
        File.Delete(Path.Combine(project, "documents", "v3.xml"));

        var rebuilt = Build(project, "cached");
        Assert.False(File.Exists(Path.Combine(rebuilt.OutputDirectory!, "site", "stray.html")));
        Assert.False(File.Exists(Path.Combine(rebuilt.OutputDirectory!, "site", "documents", "d3.html")));
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void WhatAKilledBuildLeftBesideTheOutputIsClearedByTheNextBuild()
    {
        var project = Synthetic(2);
        var first = Build(project, "cached");
        var root = Path.Combine(_root, "cached");

        // Killed after the exchange: the old tree waits in the staging folder's place; an older Edition's journal.
        var leftover = Path.Combine(root, ".synth.staging", "site", "documents", "d1.html");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        File.WriteAllText(leftover, "the old d1");
        File.WriteAllLines(Path.Combine(root, ".synth.commit"), ["move\tsite/documents/d1.html"]);

        var next = Build(project, "cached");
        Assert.True(next.Succeeded, string.Join("\n", next.Diagnostics));
        Assert.Equal([".synth.cache", ".synth.lock", "synth"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        AssertSameOutput(next.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Fact]
    public void AnOutputMovedAsideByAnInterruptedTwoRenameCommitIsPutBack()
    {
        var project = Synthetic(2);
        var first = Build(project, "cached");
        var root = Path.Combine(_root, "cached");
        Directory.Move(first.OutputDirectory!, Path.Combine(root, ".synth.old"));

        File.WriteAllText(Path.Combine(project, "documents", "v1.xml"), "not xml");
        Assert.False(Build(project, "cached").Succeeded);

        Assert.True(Directory.Exists(first.OutputDirectory));
        Assert.False(Directory.Exists(Path.Combine(root, ".synth.old")));
    }

    [Fact]
    public void ARebuildSharesTheUnchangedFilesOfTheOldOutputInsteadOfCopyingThem()
    {
        var project = Synthetic(3);
        var first = Build(project, "cached");
        var page = Path.Combine(first.OutputDirectory!, "site", "documents", "d3.html");
        var before = File.GetLastWriteTimeUtc(page);
        TestCorpus.Edit(Path.Combine(project, "documents", "v1.xml"), "Text of document 1.", "Changed.");

        var rebuilt = Build(project, "cached");

        Assert.Equal(before, File.GetLastWriteTimeUtc(page));
        AssertSameOutput(rebuilt.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("edition-output-manifest 2 0000000000000000\nsite/index.html\tabc\t1\t1\n")]
    [InlineData("edition-output-manifest 1 0000000000000000\n")]
    public void ADamagedOutputManifestIsDiscardedWithAWarning(string manifest)
    {
        var project = Synthetic(2);
        Build(project, "cached");
        File.WriteAllText(Path.Combine(_root, "cached", ".synth.cache", "output.manifest"), manifest);

        var next = Build(project, "cached");

        Assert.True(next.Succeeded);
        Assert.Contains(next.Diagnostics, d => d.Code == BuildDiagnostics.StateDamaged.Id);
        AssertSameOutput(next.OutputDirectory!, Build(project, "clean", cache: false).OutputDirectory!);
        Assert.DoesNotContain(Build(project, "cached").Diagnostics, d => d.Code == BuildDiagnostics.StateDamaged.Id);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private BuildResult Build(string project, string output, bool cache = true, BuildSession? session = null) => EditionBuilder.Build(new BuildOptions
    {
        Session = session,
        ProjectDirectory = project,
        OutputRoot = Path.Combine(_root, output),
        Pdf = false,
        Validation = ValidationPolicy.Warn,
        Cache = cache,
    });

    private string Synthetic(int count) => TestCorpus.Synthetic(_root, count);

    private static string Copy(string from, string to) => TestCorpus.Copy(from, to);

    private static void AssertSameOutput(string a, string b) => TestCorpus.AssertSameOutput(a, b);
}
