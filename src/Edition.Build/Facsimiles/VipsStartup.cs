using System.Runtime.InteropServices;
using NetVips;

namespace Edition.Build.Facsimiles;

/// <summary>
/// Starts libvips on first use. Under the JIT NetVips's module initializer has started it when its assembly loaded;
/// the native build stubs that initializer (Edition.Cli's NativeSubstitutions.xml), since a native executable runs
/// every module initializer at start-up, and loading libvips with its libraries cost every command, even
/// <c>edition --version</c>, more than the rest of its start.
/// </summary>
internal static class VipsStartup
{
    public static bool Start()
    {
        // Neither started nor failed: the initializer did not run, so do its work (library names as it maps them).
        if (!ModuleInitializer.VipsInitialized && ModuleInitializer.Exception is null)
        {
            NativeLibrary.SetDllImportResolver(typeof(ModuleInitializer).Assembly, LoadVips);
            ModuleInitializer.VipsInitialized = NetVips.NetVips.Init();
        }

        return ModuleInitializer.VipsInitialized;
    }

    /// <summary>Every NetVips import (libvips, GLib, GObject) from libvips, which links the other two.</summary>
    private static nint LoadVips(string name, System.Reflection.Assembly assembly, DllImportSearchPath? path) =>
        NativeLibrary.TryLoad(OperatingSystem.IsMacOS() ? "libvips.42.dylib" : "libvips.so.42", assembly, path, out var handle) ? handle : 0;
}
