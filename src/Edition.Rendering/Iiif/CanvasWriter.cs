using System.Globalization;
using System.Text.Json;
using Edition.Rendering.Facsimiles;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Iiif;

/// <summary>One canvas of a manifest: its image painted on it, and the texts on it as annotations.</summary>
internal static class CanvasWriter
{
    public static void Write(Utf8JsonWriter json, DocumentView d, int index, FacsimileImage? image, IReadOnlyList<PageAnnotations.Annotation> texts, IiifIds ids)
    {
        var surface = d.Facsimile[index];
        var canvas = surface.Canvas ?? ids.Canvas(d.Id, index + 1);
        json.WriteStartObject();
        json.WriteString("id", canvas);
        json.WriteString("type", "Canvas");
        IiifJson.Language(json, "label", "none", surface.Label ?? (index + 1).ToString(CultureInfo.InvariantCulture));
        json.WriteNumber("width", surface.Width);
        json.WriteNumber("height", surface.Height);
        json.WriteStartArray("items");
        Page(json, canvas + "/page", () => Painting(json, canvas, surface, image, ids));
        json.WriteEndArray();
        if (texts.Count > 0)
        {
            json.WriteStartArray("annotations");
            Page(json, canvas + "/text", () =>
            {
                for (var i = 0; i < texts.Count; i++)
                {
                    Supplementing(json, $"{canvas}/text/{i + 1}", canvas, texts[i]);
                }
            });
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Page(Utf8JsonWriter json, string id, Action items)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("type", "AnnotationPage");
        json.WriteStartArray("items");
        items();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Painting(Utf8JsonWriter json, string canvas, SurfaceView surface, FacsimileImage? image, IiifIds ids)
    {
        json.WriteStartObject();
        json.WriteString("id", canvas + "/page/image");
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "painting");
        json.WritePropertyName("body");
        json.WriteStartObject();
        var service = image?.TilePath is { } tiles ? ids.Site(tiles) : image?.Service;
        json.WriteString("id", image?.TilePath is not null ? ids.Site(image.ReadingImage!) : service is not null ? service + "/full/max/0/default.jpg" : image?.RemoteUrl ?? surface.Url);
        json.WriteString("type", "Image");
        json.WriteString("format", "image/jpeg");
        if (service is not null)
        {
            json.WriteStartArray("service");
            json.WriteStartObject();
            json.WriteString("id", service);
            json.WriteString("type", "ImageService3");
            json.WriteString("profile", image?.TilePath is not null ? "level0" : "level1");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteString("target", canvas);
        json.WriteEndObject();
    }

    private static void Supplementing(Utf8JsonWriter json, string id, string canvas, PageAnnotations.Annotation text)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "supplementing");
        json.WritePropertyName("body");
        json.WriteStartObject();
        json.WriteString("type", "TextualBody");
        json.WriteString("value", text.Text);
        json.WriteString("language", text.Lang);
        json.WriteString("format", "text/plain");
        json.WriteEndObject();
        json.WriteString("target", text.Zone is { } z ? string.Create(CultureInfo.InvariantCulture, $"{canvas}#xywh={z.X},{z.Y},{z.Width},{z.Height}") : canvas);
        json.WriteEndObject();
    }
}
