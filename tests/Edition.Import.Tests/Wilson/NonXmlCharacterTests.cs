using System.Text;
using Edition.Build;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Edition.Import.Wilson;
using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// Characters XML 1.0 cannot hold are taken out of an export and each reported where it was, so the written sources
/// build; a file that is mostly such characters (UTF-16 text) or not UTF-8 at all (an encoded lone surrogate) is refused.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class NonXmlCharacterTests
{
    /// <summary>NUL, U+0001, ESC and U+FFFE, each inside a word of the title, the original, the translation and the citation.</summary>
    private static readonly (string LineStart, int Column, char Character)[] Debris =
    [
        ("Telegram from Mao", 5, '\0'),
        ("1. Товарищ Гао Ган", 7, '\u0001'),
        ("1. Comrade Gao Gang", 9, '\u001B'),
        ("\"Telegram from Mao", 20, '\uFFFE'),
    ];

    [SkippableFact]
    public void CharactersAreRemovedAndReportedAtTheirLineAndColumn()
    {
        using var clean = new SeedVariant(lines => lines);
        using var hostile = new SeedVariant(lines => Debris.Aggregate(lines, (l, d) => SeedVariant.Inserted(l, d.LineStart, d.Column, d.Character.ToString())));

        var result = hostile.Import();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var seedLines = File.ReadAllLines(Seed.Path);
        var expected = Debris
            .Select(d => ImportDiagnostics.NotXmlCharacter.At(new SourceSpan(hostile.Export, SeedVariant.LineIndex(seedLines, d.LineStart) + 1, d.Column), (int)d.Character))
            .OrderBy(d => d.Span.Line);
        Assert.Equal(expected.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["U+0000", "U+FFFE", "U+0001", "U+001B"], result.Diagnostics.Select(d => d.Message[14..20]));
        Assert.True(clean.Import().Succeeded);
        FileTree.AssertSame(clean.Project.Directory, hostile.Project.Directory, "differs from the clean export's import");
    }

    [SkippableFact]
    public void TwentyAreReportedOneByOneThenCounted()
    {
        using var hostile = new SeedVariant(lines => SeedVariant.Inserted(lines, "1. Comrade Gao Gang", 4, new string('\u0001', 30)));

        var result = hostile.Import();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(20, result.Diagnostics.Count(d => d.Code == ImportDiagnostics.NotXmlCharacter.Id));
        var more = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnostics.MoreNotXmlCharacters.Id);
        Assert.Equal(Severity.Warning, more.Severity);
        Assert.StartsWith("10 more characters", more.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// An export cannot carry a lone surrogate as text (UTF-8 has no encoding for one), and a character reference
    /// such as <c>&amp;#1;</c> or <c>&amp;#xD800;</c> is text, not markup: it stays literal, and the project builds.
    /// </summary>
    [SkippableFact]
    public void ImportWithDebrisAndCharacterReferencesBuilds()
    {
        using var hostile = new SeedVariant(lines =>
            SeedVariant.Inserted(Debris.Aggregate(lines, (l, d) => SeedVariant.Inserted(l, d.LineStart, d.Column, d.Character.ToString())), "I consider that they", 1, "&#1; &#xD800; "));
        File.WriteAllText(hostile.Project.Path_("introduction.md"), "Imported for a test.\n");
        File.WriteAllText(hostile.Project.Path_("principles.md"), "Imported for a test.\n");

        Assert.True(hostile.Import().Succeeded);
        Assert.Contains("\\&#1; \\&#xD800; ", hostile.Project.Read("documents", "1951-06-21", "translation.en.md"), StringComparison.Ordinal);

        var build = EditionBuilder.Build(new BuildOptions { ProjectDirectory = hostile.Project.Directory, OutputRoot = hostile.Project.Path_("output") });
        Assert.True(build.OutputDirectory is not null, string.Join('\n', build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == Severity.Error);
    }

    [SkippableFact]
    public void EncodedLoneSurrogateIsNotUtf8()
    {
        using var variant = new SeedVariant(lines => lines);
        var bytes = File.ReadAllBytes(variant.Export);
        File.WriteAllBytes(variant.Export, [.. bytes[..200], 0xED, 0xA0, 0x80, .. bytes[200..]]);

        AssertRefusedAsBinary(variant);
    }

    [SkippableFact]
    public void Utf16ExportIsRefusedAsBinary()
    {
        using var variant = new SeedVariant(lines => lines);
        File.WriteAllText(variant.Export, File.ReadAllText(Seed.Path), new UnicodeEncoding(bigEndian: false, byteOrderMark: false));

        AssertRefusedAsBinary(variant);
    }

    private static void AssertRefusedAsBinary(SeedVariant variant)
    {
        var result = variant.Import();
        Assert.False(result.Succeeded);
        Assert.Equal(ImportDiagnostics.BinaryFile.Id, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(variant.Project.DocumentFolders());
    }
}
