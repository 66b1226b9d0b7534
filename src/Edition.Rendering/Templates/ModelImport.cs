using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace Edition.Rendering.Templates;

/// <summary>
/// A model's members as template globals, as Scriban's <c>Import</c> sets them (same names, values and read-only
/// marks), with the reflection done once per model type: Scriban looks up every member and its attributes again
/// on each import, a tenth of the rendering time of a corpus's thousand pages.
/// </summary>
internal sealed class ModelImport
{
    private static readonly ConcurrentDictionary<Type, ModelImport> ByType = new();

    private readonly IReadOnlyList<(string Name, Func<object, object?> Get, bool ReadOnly)>? _members;

    private ModelImport(IReadOnlyList<(string Name, Func<object, object?> Get, bool ReadOnly)>? members) => _members = members;

    public static void Into(ScriptObject globals, object model)
    {
        if (ByType.TryGetValue(model.GetType(), out var known))
        {
            known.Import(globals, model);
            return;
        }

        // The first model of a type is imported by Scriban itself; what it set tells which members, under which
        // names and with which marks, later models of the type get.
        ScriptImport(globals, model);
        ByType.TryAdd(model.GetType(), Learn(model.GetType(), globals));
    }

    private void Import(ScriptObject globals, object model)
    {
        if (_members is null)
        {
            ScriptImport(globals, model);
            return;
        }

        foreach (var (name, get, readOnly) in _members)
        {
            globals.SetValue(name, get(model), readOnly);
        }
    }

    private static void ScriptImport(ScriptObject globals, object model) => globals.Import(model, renamer: member => StandardMemberRenamer.Rename(member));

    /// <summary>Each name Scriban set, matched to the member it came from; none (Scriban's import each time) where one is not found.</summary>
    private static ModelImport Learn(Type type, ScriptObject imported)
    {
        var sources = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod?.IsPublic == true))
        {
            sources.TryAdd(StandardMemberRenamer.Rename(property.Name), property.GetValue);
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            sources.TryAdd(StandardMemberRenamer.Rename(field.Name), field.GetValue);
        }

        var members = new List<(string, Func<object, object?>, bool)>();
        foreach (var name in imported.Keys)
        {
            if (!sources.TryGetValue(name, out var get))
            {
                return new ModelImport(null);
            }

            members.Add((name, get, !imported.CanWrite(name)));
        }

        return new ModelImport(members);
    }
}
