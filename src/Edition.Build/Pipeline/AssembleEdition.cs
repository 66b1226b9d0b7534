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
        // The documents are summaries when their whole views wait on disk (the plan's ViewsOnDisk): the view reads them back.
        build.View = EditionReader.Assemble(build.Source.Info, build.Tei, build.Readings, build.Source.Conventions) with { Stored = build.SpilledViews };
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

        return !build.HasErrors;
    }
}
