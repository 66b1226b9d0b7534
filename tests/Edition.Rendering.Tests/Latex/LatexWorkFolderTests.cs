using System.Diagnostics;
using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>A build killed while compiling the PDF leaves its temporary folder; the next PDF build removes it, and never a live build's.</summary>
public sealed class LatexWorkFolderTests
{
    [Fact]
    public void AFolderOfAProcessThatEndedIsRemovedAndALiveOnesStays()
    {
        var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        var orphan = Directory.CreateTempSubdirectory($"edition-latex-{ended.Id}-").FullName;
        File.WriteAllText(Path.Combine(orphan, "edition.tex"), "left by a killed build");
        var live = Directory.CreateTempSubdirectory($"edition-latex-{Environment.ProcessId}-").FullName;

        var made = LatexWorkFolder.Create();
        try
        {
            Assert.False(Directory.Exists(orphan));
            Assert.True(Directory.Exists(live));
            Assert.StartsWith($"edition-latex-{Environment.ProcessId}-", Path.GetFileName(made), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(made);
            Directory.Delete(live);
        }
    }
}
