using System.Reflection;
using System.Runtime.CompilerServices;

namespace Edition.Cli.Tests;

/// <summary>
/// No two of Edition's types share a simple name, so a name in a diagnostic, a stack trace or a using-less
/// reading of the code says which type is meant (nested private types are their class's own business).
/// </summary>
public sealed class TypeNameTests
{
    [Fact]
    public void Every_type_of_the_tool_has_its_own_name()
    {
        var shared = EditionAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith("Edition", StringComparison.Ordinal) == true)
            .Where(t => !t.IsNestedPrivate && !t.Name.Contains('<', StringComparison.Ordinal) && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();

        Assert.True(shared.Count == 0, "types sharing a name:\n" + string.Join("\n", shared));
    }

    [Fact]
    public void The_check_sees_every_library()
    {
        var names = EditionAssemblies().Select(a => a.GetName().Name).ToHashSet();

        Assert.Superset(new HashSet<string?> { "edition", "Edition.Core", "Edition.RelaxNg", "Edition.Tei", "Edition.Rendering", "Edition.Import", "Edition.Build" }, names);
    }

    /// <summary>The tool (edition.dll) and the libraries beside it in the test's output, not the tests' own.</summary>
    private static List<Assembly> EditionAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n && (n == "edition.dll" || (n.StartsWith("Edition.", StringComparison.Ordinal) && !n.Contains("Test", StringComparison.Ordinal))))
            .Select(f => Assembly.LoadFrom(f))
            .ToList();
}
