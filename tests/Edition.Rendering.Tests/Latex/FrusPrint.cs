using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>A FRUS volume of the shared corpus read into its view (and TEI), as the print edition gets it.</summary>
internal static class FrusPrint
{
    public static (EditionView Edition, IReadOnlyList<EncodedDocument> Tei) Read(string volume)
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-frus-print-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.Copy(Path.Combine(RepoPaths.Shared, "corpus", "frus", volume + ".xml"), Path.Combine(project, "documents", volume + ".xml"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: {volume}\ntitle: \"FRUS {volume}\"\nlanguages: [en]\n");
            return ProjectReader.Read(project);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
