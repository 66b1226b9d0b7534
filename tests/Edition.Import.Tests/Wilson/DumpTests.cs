using Edition.Import.Wilson;

namespace Edition.Import.Tests.Wilson;

public sealed class DumpTests
{
    [SkippableFact]
    public void Dump()
    {
        using var p = new TempProject();
        var r = Seed.ImportInto(p);
        var outDir = "/tmp/import-dump";
        System.IO.Directory.CreateDirectory(outDir);
        File.WriteAllText(outDir + "/report.txt", r.Report.ToText() + "\n" + string.Join("\n", r.Diagnostics));
        foreach (var f in r.WrittenFiles)
        {
            File.Copy(f, outDir + "/" + Path.GetFileName(f), true);
        }
        Assert.True(r.Succeeded);
    }
}
