using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Rendering.Templates;
using Edition.Tei.Reading;

namespace Edition.Build.Pipeline;

/// <summary>Step 5: the files' readings put together into the edition's view (documents, indexes), and the templates it renders through (the edition's own, inside its project).</summary>
internal static class AssembleEdition
{
    public static bool Run(BuildContext build)
    {
        build.View = EditionReader.Assemble(build.Source.Info, build.Tei, build.Readings, build.Source.Conventions);
        // The view holds what the later steps read; the files' readings (their mentions, reports) go now.
        build.Readings = [];
        if (build.Cache is { } cache)
        {
            build.Progress($"read {cache.Reading.Misses} of {cache.Reading.Hits + cache.Reading.Misses} TEI file(s), reused the rest's views from the build cache");
        }

        build.Templates = new TemplateSet(build.Options.ProjectDirectory);
        foreach (var file in build.Templates.OutsideProject())
        {
            build.Diagnostics.Add(SourceDiagnostics.TemplateOutsideProject.At(SourceSpan.None(SourcePaths.Display(file)), SourcePaths.Display(file), ProjectContainment.Real(file)));
        }

        foreach (var (file, kind) in build.Templates.NotRegularFiles())
        {
            build.Diagnostics.Add(SourceDiagnostics.NotARegularFile.At(SourceSpan.None(SourcePaths.Display(file)), SourcePaths.Display(file), kind));
        }

        HoldDocumentsOnDisk(build);
        return !build.HasErrors;
    }

    /// <summary>
    /// The documents' whole views go to disk, the edition's view keeping their summaries, so the site and the print
    /// read a corpus's texts one document at a time. An edition's own templates may read any field of any document
    /// (from <c>edition</c>), so its views stay whole in memory.
    /// </summary>
    private static void HoldDocumentsOnDisk(BuildContext build)
    {
        if (OwnTemplates(build.Templates))
        {
            return;
        }

        build.SpilledViews = new SpilledDocumentViews();
        build.View = build.SpilledViews.Hold(build.View);
    }

    private static bool OwnTemplates(TemplateSet templates) =>
        templates.OverrideDirectory is { } own && Directory.Exists(own) && Directory.EnumerateFiles(own, "*.sbn", SearchOption.AllDirectories).Any();
}
