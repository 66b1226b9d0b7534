using System.Text.Json.Nodes;
using Edition.Core.Output;
using Edition.Rendering.Facsimiles;

namespace Edition.Build.Facsimiles;

/// <summary>A tiled page image's files as site files: every tile as made, and info.json with the service's id where the site is published.</summary>
internal static class TileOutput
{
    /// <summary>What dzsave writes beside the tiles about the save, with its date; never published (tiles of older caches may hold it).</summary>
    public const string VipsProperties = "vips-properties.xml";

    public static void Add(FacsimileImage image, string folder, string? baseUrl, IOutputSink output)
    {
        var prefix = "site/" + image.TilePath + "/";
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative == VipsProperties)
            {
                continue;
            }

            if (relative == "info.json")
            {
                output.Add(OutputFile.Text(prefix + relative, Info(file, (baseUrl ?? "") + image.TilePath)));
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            output.Add(new OutputFile(prefix + relative, bytes));
        }
    }

    /// <summary>
    /// A level-0 service's id is its folder's URL: absolute under the edition's base_url; without one, the
    /// folder's path from the site's root (the site's pages build the tiles' URLs from their own address).
    /// </summary>
    private static string Info(string file, string id)
    {
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        json["id"] = id;
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
