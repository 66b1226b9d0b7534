using System.Reflection;
using Edition.RelaxNg.Caching;

namespace Edition.Build.Validation;

/// <summary>
/// Where compiled RELAX NG schemas are kept between runs: a project's build cache (<c>schemas/</c> in it) for a
/// build that uses one; else the user's cache folder (<c>$XDG_CACHE_HOME/edition/schemas</c>, else
/// <c>~/.cache/edition/schemas</c>); never beside the schema nor in the sources. <c>EDITION_SCHEMA_CACHE=off</c>
/// (or <c>--no-cache</c>) turns it off.
/// </summary>
public static class SchemaCacheLocation
{
    /// <summary>The variable that turns the cache off (value <c>off</c>).</summary>
    public const string Variable = "EDITION_SCHEMA_CACHE";

    /// <summary>The tool's version: a compiled schema serves only the version that wrote it.</summary>
    public static string ToolVersion { get; } =
        typeof(SchemaCacheLocation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static bool IsOff(Func<string, string?> environment) =>
        string.Equals(environment(Variable), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>The user's schema cache folder, or null when the cache is off or there is no home to put it in.</summary>
    public static string? UserFolder(Func<string, string?> environment)
    {
        if (IsOff(environment))
        {
            return null;
        }

        if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "edition", "schemas");
        }

        return environment("HOME") is { Length: > 0 } home && Path.IsPathFullyQualified(home)
            ? Path.Combine(home, ".cache", "edition", "schemas")
            : null;
    }

    /// <summary>The cache in <paramref name="folder"/> for this tool, or none for no folder.</summary>
    public static SchemaCache? In(string? folder) => folder is null ? null : new SchemaCache(folder, ToolVersion);
}
