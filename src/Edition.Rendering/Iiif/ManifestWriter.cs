using System.Text.Json;
using Edition.Rendering.Facsimiles;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Iiif;

/// <summary>
/// A document's IIIF Presentation 3 manifest: a canvas per page image in page order (painted with its image and
/// its image service), the edition's metadata, rights and required statement, the TEI as seeAlso, and the
/// transcription and translations as supplementing annotations (on a segment's zone, else on its page).
/// </summary>
internal static class ManifestWriter
{
    public static byte[] Write(EditionView edition, DocumentView d, FacsimileImages images, IiifIds ids)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "http://iiif.io/api/presentation/3/context.json");
            json.WriteString("id", ids.Manifest(d.Id));
            json.WriteString("type", "Manifest");
            IiifJson.Language(json, "label", "none", d.Title);
            Metadata(json, edition, d);
            Rights(json, edition);
            IiifJson.Links(json, "seeAlso", ids.Site("tei/" + d.TeiFile), "Dataset", "application/tei+xml", "TEI P5");
            IiifJson.Links(json, "homepage", ids.Site($"documents/{d.Id}.html"), "Text", "text/html", d.Title);
            json.WriteStartArray("partOf");
            json.WriteStartObject();
            json.WriteString("id", ids.Collection);
            json.WriteString("type", "Collection");
            json.WriteEndObject();
            json.WriteEndArray();
            var annotations = PageAnnotations.Of(d).ToLookup(a => a.Page);
            json.WriteStartArray("items");
            for (var i = 0; i < d.Facsimile.Count; i++)
            {
                CanvasWriter.Write(json, d, i, images.Find(d.TeiFile, d.Facsimile[i]), annotations[i].ToList(), ids);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Metadata(Utf8JsonWriter json, EditionView edition, DocumentView d)
    {
        json.WriteStartArray("metadata");
        IiifJson.Pair(json, "Edition", edition.Title);
        if (d.Date is { } date)
        {
            IiifJson.Pair(json, "Date", date);
        }

        json.WriteEndArray();
        if (d.Summary is { Length: > 0 } summary)
        {
            IiifJson.Language(json, "summary", "en", summary);
        }
    }

    private static void Rights(Utf8JsonWriter json, EditionView edition)
    {
        if (edition.LicenceUrl is { } url && (url.StartsWith("http://creativecommons.org/", StringComparison.Ordinal) || url.StartsWith("https://creativecommons.org/", StringComparison.Ordinal) || url.Contains("rightsstatements.org/", StringComparison.Ordinal)))
        {
            json.WriteString("rights", url.Replace("https://creativecommons.org/", "http://creativecommons.org/", StringComparison.Ordinal));
        }

        var statement = string.Join(". ", new[] { edition.Publisher, edition.Licence }.Where(s => !string.IsNullOrEmpty(s)));
        json.WritePropertyName("requiredStatement");
        json.WriteStartObject();
        IiifJson.Language(json, "label", "en", "Attribution");
        IiifJson.Language(json, "value", "en", statement.Length > 0 ? statement : edition.Title);
        json.WriteEndObject();
    }
}
