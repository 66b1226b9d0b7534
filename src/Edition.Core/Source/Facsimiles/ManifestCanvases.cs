using System.Text.Json;
using System.Text.Json.Nodes;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Text;

namespace Edition.Core.Source.Facsimiles;

/// <summary>
/// The canvases of a IIIF Presentation 3 or 2 manifest file, as page images: each canvas's size, label, and its
/// painted image (the image service when it has one, else the image's URL). Nothing it names is fetched.
/// </summary>
internal static class ManifestCanvases
{
    private const int MaxBytes = 16 << 20;

    public static IReadOnlyList<FacsimilePage> Read(string manifest, string folder, SourceSpan at, List<Diagnostic> diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(folder, manifest));
        if (!ProjectContainment.IsInside(folder, full) || !File.Exists(full) || SpecialFiles.IsSpecial(full))
        {
            diagnostics.Add(SourceDiagnostics.FacsimileImageMissing.At(at, manifest, "a manifest file is in the document's folder"));
            return [];
        }

        JsonNode? root;
        try
        {
            var bytes = SourceText.ReadBounded(full, MaxBytes) ?? throw new JsonException($"larger than {MaxBytes >> 20} MB");
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileManifestNotJson.At(at, manifest, e.Message.Split(" LineNumber")[0]));
            return [];
        }

        var canvases = Canvases(root as JsonObject);
        if (canvases is null)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileManifestNotIiif.At(at, manifest, "no 'Manifest' with canvases at its top"));
            return [];
        }

        var pages = canvases.Select(c => Page(c as JsonObject, at)).ToList();
        if (pages.Any(p => p is null) || pages.Count == 0)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileManifestNotIiif.At(at, manifest, pages.Count == 0 ? "it has no canvas" : $"canvas {pages.IndexOf(null) + 1} lacks its id, size or image"));
            return [];
        }

        return pages!;
    }

    private static JsonArray? Canvases(JsonObject? root)
    {
        if (Text(root?["type"]) == "Manifest")
        {
            return root!["items"] as JsonArray;
        }

        return Text(root?["@type"]) == "sc:Manifest" ? root!["sequences"]?[0]?["canvases"] as JsonArray : null;
    }

    private static FacsimilePage? Page(JsonObject? canvas, SourceSpan at)
    {
        var id = Text(canvas?["id"]) ?? Text(canvas?["@id"]);
        var (width, height) = (Number(canvas?["width"]), Number(canvas?["height"]));
        // Version 3: items → AnnotationPage → items → Annotation → body; version 2: images → resource.
        var body = canvas?["items"]?[0]?["items"]?[0]?["body"] ?? canvas?["images"]?[0]?["resource"];
        var image = Text(body?["id"]) ?? Text(body?["@id"]);
        var serviceNode = body?["service"] is JsonArray services ? services[0] : body?["service"];
        var service = Text(serviceNode?["id"]) ?? Text(serviceNode?["@id"]);
        if (id is null || width is not > 0 || height is not > 0 || (image is null && service is null))
        {
            return null;
        }

        return new FacsimilePage(service is null ? image : null, service?.TrimEnd('/'), width.Value, height.Value, at) { Canvas = id, Label = Label(canvas!["label"]) };
    }

    /// <summary>A label: a string (version 2) or a language map's first value (version 3).</summary>
    private static string? Label(JsonNode? label) => label switch
    {
        JsonValue v => Text(v),
        JsonObject map => map.Select(kv => kv.Value?[0]).Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<int>(out var n) ? n : node is JsonValue d && d.TryGetValue<double>(out var x) && x is > 0 and < int.MaxValue ? (int)x : null;
}
