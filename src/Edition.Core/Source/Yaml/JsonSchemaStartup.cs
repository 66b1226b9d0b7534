using System.Runtime.CompilerServices;

namespace Edition.Core.Source.Yaml;

/// <summary>
/// Loads JsonSchema.Net's dialects and meta-schemas on first use. Under the JIT its module initializer has done so
/// when its assembly loaded; the native build stubs that initializer (Edition.Cli's NativeSubstitutions.xml), since a
/// native executable runs every module initializer at start-up, and parsing twenty meta-schemas cost every command,
/// <c>edition validate</c> too, about 20 ms before its first file. The initializer's own flag says whether it ran.
/// </summary>
internal static class JsonSchemaStartup
{
    private const string Initializer = "Json.Schema.__ModuleInitialization, JsonSchema.Net";
    private static readonly Lock Gate = new();

    public static void Run()
    {
        lock (Gate)
        {
            ref var initialized = ref InitializedFlag(null);
            if (Volatile.Read(ref initialized) == 1)
            {
                return;
            }

            LoadDialects(null);
            LoadMetaSchemas(null);
            Volatile.Write(ref initialized, 1);
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "_initialized")]
    private static extern ref int InitializedFlag([UnsafeAccessorType(Initializer)] object? owner);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "LoadDialects")]
    private static extern void LoadDialects([UnsafeAccessorType(Initializer)] object? owner);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "LoadMetaSchemas")]
    private static extern void LoadMetaSchemas([UnsafeAccessorType(Initializer)] object? owner);
}
