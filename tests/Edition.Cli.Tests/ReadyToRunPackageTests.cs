using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Edition.Cli.Tests;

/// <summary>
/// The platform packages other than linux-x64 are compiled ahead of time here (ReadyToRun, by crossgen2), so that the
/// tool they install starts without most of the JIT's work: <c>dotnet pack -r linux-arm64</c> (one of them, the one a
/// Linux machine of the other architecture installs) holds Edition's assemblies as ReadyToRun images for that
/// platform, and the package that names the platform packages lists every one of them and the fallback.
/// </summary>
[Collection("console")]
[Trait("Speed", "Slow")]
public sealed class ReadyToRunPackageTests : IDisposable
{
    /// <summary>ReadyToRun marks a Linux image by this value XORed into the PE machine field (as crossgen2 writes it).</summary>
    private const ushort LinuxMachineOverride = 0x7B79;

    private static readonly string[] PlatformPackages = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64", "any"];

    private readonly string _work = Path.Combine(Path.GetTempPath(), "edition-r2r-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void TheLinuxArm64PackageHoldsReadyToRunImagesAndThePointerPackageNamesEveryPlatform()
    {
        var packages = ToolPackages.Pack(_work, [], ["-r", "linux-arm64"]);

        using (var pointer = ZipFile.OpenRead(Single(packages, "Edition.Cli.0*.nupkg")))
        {
            var settings = XDocument.Load(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            var rids = settings.Descendants("RuntimeIdentifierPackage").Select(p => (string?)p.Attribute("RuntimeIdentifier")).ToList();
            Assert.Equal(PlatformPackages, rids);
        }

        using var arm = ZipFile.OpenRead(Single(packages, "Edition.Cli.linux-arm64.*.nupkg"));
        var ours = arm.Entries.Where(e => e.Name == "edition.dll" || (e.Name.StartsWith("Edition.", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal))).ToList();
        Assert.True(ours.Count >= 7, "Edition's assemblies missing: " + string.Join(", ", ours.Select(e => e.FullName)));
        Assert.All(ours, entry => AssertReadyToRunForLinuxArm64(entry));
    }

    private static void AssertReadyToRunForLinuxArm64(ZipArchiveEntry entry)
    {
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new PEReader(copy);
        var cor = pe.PEHeaders.CorHeader;
        Assert.True(cor is not null && cor.ManagedNativeHeaderDirectory.Size > 0, entry.FullName + " is not a ReadyToRun image");
        Assert.Equal((ushort)Machine.Arm64 ^ LinuxMachineOverride, (int)pe.PEHeaders.CoffHeader.Machine);
    }

    private static string Single(string folder, string pattern) => Assert.Single(Directory.GetFiles(folder, pattern));
}
