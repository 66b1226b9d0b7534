using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source;
using Edition.Rendering.Latex;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The sample edition read once and rendered to LaTeX with the repository's default theme.</summary>
internal static class PrintSample
{
    private static readonly Lazy<EditionView> EditionLazy = new(() => SampleEdition.View);

    private static readonly Lazy<IReadOnlyList<OutputFile>> FilesLazy = new(() => Render(EditionLazy.Value, DefaultTemplates));

    public static EditionView Edition => EditionLazy.Value;

    /// <summary>The repository's templates/ (not the copy beside the assembly), so edits show without a rebuild.</summary>
    public static TemplateSet DefaultTemplates => new(null, RepoPaths.Templates);

    public static IReadOnlyList<OutputFile> Files => FilesLazy.Value;

    public static string Tex => Text(Files.Single(f => f.RelativePath == PrintRenderer.TexPath));

    public static IReadOnlyList<OutputFile> Render(EditionView edition, TemplateSet templates)
    {
        var bag = new DiagnosticBag();
        var files = PrintRenderer.Render(edition, templates, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return files;
    }

    public static string Text(OutputFile file) => new System.Text.UTF8Encoding(false).GetString(file.Content);
}
