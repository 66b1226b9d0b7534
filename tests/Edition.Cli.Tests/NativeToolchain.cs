using Edition.TestSupport;

namespace Edition.Cli.Tests;

/// <summary>What a Native AOT build links with: gcc, libc's and zlib's development files (.ci/run installs them).</summary>
internal static class NativeToolchain
{
    private static readonly string[] ZlibPlaces = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"];

    /// <summary>Returns when the toolchain is there; otherwise skips the test (fails it in CI).</summary>
    public static void Require()
    {
        ExternalTool.Require("gcc", "gcc libc6-dev zlib1g-dev");
        if (ZlibPlaces.Any(dir => File.Exists(Path.Combine(dir, "libz.so")) || File.Exists(Path.Combine(dir, "libz.a"))))
        {
            return;
        }

        const string message = "zlib's development files (libz.so) are not installed (Debian package zlib1g-dev)";
        if (RepoPaths.IsCi)
        {
            throw new InvalidOperationException(message + "; .ci/run must install them");
        }

        throw new Xunit.SkipException("skipped: " + message);
    }
}
