using System.Globalization;
using System.Text.Json.Nodes;
using Edition.Rendering.Facsimiles;
using NetVips;

namespace Edition.Build.Facsimiles;

/// <summary>
/// Cuts a page image into a static IIIF Image API 3 level-0 service with libvips (<c>dzsave</c>, IIIF 3 layout,
/// 256-pixel JPEG tiles), adds the reading-size image a page shows without JavaScript and lists it in
/// <c>info.json</c>'s sizes. The service's id is left for <see cref="TileOutput"/> to set, so tiles do not depend on
/// where the site is published.
/// </summary>
internal static class IiifTiler
{
    public const int TileSize = 256;

    /// <summary>Whether libvips can be loaded (Debian's libvips42); without it no page image is tiled.</summary>
    public static bool Available { get; } = Probe();

    public static void Tile(FacsimileImage image, string folder)
    {
        var parent = Path.GetDirectoryName(folder)!;
        var name = Path.GetFileName(folder);
        using (var source = Image.NewFromFile(image.SourcePath!, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated))
        {
            source.Dzsave(Path.Combine(parent, name), layout: Enums.ForeignDzLayout.Iiif3, tileSize: TileSize, overlap: 0, suffix: ".jpg[Q=85]");
        }

        // libvips's own record of the save (with its date): no IIIF client reads it, and the output has no timestamps.
        File.Delete(Path.Combine(folder, TileOutput.VipsProperties));

        var (w, h) = image.ReadingSize;
        var reading = Path.Combine(folder, "full", string.Create(CultureInfo.InvariantCulture, $"{w},{h}"), "0");
        Directory.CreateDirectory(reading);
        using (var small = Image.Thumbnail(image.SourcePath!, w, height: h, size: Enums.Size.Force))
        {
            small.Jpegsave(Path.Combine(reading, "default.jpg"), q: 85);
        }

        var info = Path.Combine(folder, "info.json");
        var json = JsonNode.Parse(File.ReadAllText(info))!.AsObject();
        json["sizes"] = new JsonArray(new JsonObject { ["width"] = w, ["height"] = h });
        File.WriteAllText(info, json.ToJsonString());
    }

    private static bool Probe()
    {
        try
        {
            return VipsStartup.Start();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
