using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// A small volume (a TEI file of documents among chapters, front and back matter) in print: its pages that are not
/// documents are typeset too, each where the volume has it.
/// </summary>
public sealed partial class VolumePrintTests
{
    [Fact]
    public void TheVolumesPagesArePrintedInVolumeOrder()
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-volume-print-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.Copy(Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Reading", "Volumes", "volume.xml"), Path.Combine(project, "documents", "volume.xml"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), "id: volume\ntitle: \"A small volume\"\nlanguages: [en]\n");
            var (edition, _) = ProjectReader.Read(project);
            var bag = new DiagnosticBag();

            var tex = System.Text.Encoding.UTF8.GetString(PrintRenderer.Render(edition, PrintSample.DefaultTemplates, bag).Single(f => f.RelativePath == PrintRenderer.TexPath).Content);

            Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
            var chapters = Label().Matches(tex).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(["volume-front", "volume-preface", "volume-ch1", "volume-d1", "volume-d2", "volume-ch2", "volume-app1"], chapters);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [GeneratedRegex(@"\\label\{doc:([^}]*)\}")]
    private static partial Regex Label();
}
