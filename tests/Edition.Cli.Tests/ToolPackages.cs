using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>The tool's packages as a reader packs them, from a copy of the sources (the checkout is left alone).</summary>
internal static class ToolPackages
{
    /// <summary>Runs <c>dotnet pack</c> once per argument list (e.g. none, then <c>-r linux-x64</c>) into WORK/nupkg.</summary>
    public static string Pack(string work, params string[][] runs)
    {
        var project = Path.Combine(SourceCopy.Into(work), "src", "Edition.Cli");
        var packages = Path.Combine(work, "nupkg");
        foreach (var arguments in runs)
        {
            var pack = ExternalTool.Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--nologo", .. arguments], project, TimeSpan.FromMinutes(20));
            Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.StdOut + pack.StdErr);
        }

        return packages;
    }
}
