using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Build;

/// <summary>
/// <c>shard.json</c> in a shard folder: which edition and which part it is. Its cache entries say the rest:
/// each is keyed by its inputs, so a shard built from other sources, templates or Edition version holds
/// entries the merge does not find, and the merge reports the documents no shard holds. It is read as untrusted:
/// a shard of another format (an older Edition's) is refused.
/// </summary>
public sealed record ShardManifest(string Edition, int Shard, int Of)
{
    public const string FileName = "shard.json";

    /// <summary>The layout of a shard folder; a merge takes only shards of its own.</summary>
    public const int CurrentFormat = 2;

    /// <summary>The layout this shard was written in (0 when shard.json does not say: an older Edition's).</summary>
    public int Format { get; init; }

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, ShardManifestJson.Default.ShardManifest) + "\n");

    /// <summary>The manifests of the given shard folders, or null with errors when they are not the N parts of this edition.</summary>
    public static IReadOnlyList<(string Folder, ShardManifest Manifest)>? LoadAll(IReadOnlyList<string> folders, string editionId, DiagnosticBag diagnostics)
    {
        var loaded = new List<(string, ShardManifest)>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, FileName);
            ShardManifest? manifest = null;
            try
            {
                manifest = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), ShardManifestJson.Default.ShardManifest) : null;
            }
            catch (JsonException)
            {
            }

            if (manifest is null)
            {
                diagnostics.Add(BuildDiagnostics.NotAShard.At(SourceSpan.None(Core.Source.SourcePaths.Display(folder)), $"not a shard folder: no readable {FileName} (made by `edition build --shard i/N`)"));
            }
            else if (manifest.Format != CurrentFormat)
            {
                diagnostics.Add(BuildDiagnostics.NotAShard.At(SourceSpan.None(Core.Source.SourcePaths.Display(path)), $"this shard was written by another version of Edition (format {manifest.Format}, this one reads {CurrentFormat}): build it again"));
            }
            else if (manifest.Edition != editionId)
            {
                diagnostics.Add(BuildDiagnostics.NotAShard.At(SourceSpan.None(Core.Source.SourcePaths.Display(path)), $"this shard is of edition '{manifest.Edition}', not '{editionId}'"));
            }
            else
            {
                loaded.Add((folder, manifest));
            }
        }

        if (diagnostics.HasErrors || loaded.Count == 0)
        {
            if (loaded.Count == 0 && !diagnostics.HasErrors)
            {
                diagnostics.Add(BuildDiagnostics.NotAShard.At(SourceSpan.None("edition merge"), "no shard folders given"));
            }

            return null;
        }

        var count = loaded[0].Item2.Of;
        var parts = loaded.Select(l => l.Item2.Shard).ToList();
        if (loaded.Any(l => l.Item2.Of != count) || parts.Distinct().Count() != parts.Count || Enumerable.Range(1, count).Any(i => !parts.Contains(i)))
        {
            diagnostics.Add(BuildDiagnostics.NotAShard.At(SourceSpan.None("edition merge"), $"the shards must be parts 1 to {count} of {count}, each once; given: {string.Join(", ", loaded.Select(l => $"{l.Item2.Shard}/{l.Item2.Of}"))}"));
            return null;
        }

        return loaded;
    }
}

/// <summary>shard.json's JSON, generated at compile time (a native build serializes no type by reflection).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ShardManifest))]
internal sealed partial class ShardManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
