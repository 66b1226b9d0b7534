using System.Text.Json;
using Edition.Core.Output;
using Edition.Rendering.Facsimiles;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Iiif;

/// <summary>The site's IIIF Presentation 3 files: a manifest per document with page images, and the edition's collection of them.</summary>
public static class IiifManifests
{
    public static IEnumerable<OutputFile> Files(EditionView edition, FacsimileImages images)
    {
        var documents = edition.Documents.Where(d => d.Facsimile.Count > 0).ToList();
        if (documents.Count == 0)
        {
            yield break;
        }

        var ids = new IiifIds(edition.BaseUrl);
        foreach (var d in documents)
        {
            yield return new OutputFile("site/" + IiifIds.ManifestPath(d.Id), ManifestWriter.Write(edition, edition.Full(d), images, ids));
        }

        yield return new OutputFile("site/" + IiifIds.CollectionPath, Collection(edition, documents, ids));
    }

    private static byte[] Collection(EditionView edition, IReadOnlyList<DocumentView> documents, IiifIds ids)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "http://iiif.io/api/presentation/3/context.json");
            json.WriteString("id", ids.Collection);
            json.WriteString("type", "Collection");
            IiifJson.Language(json, "label", "none", edition.Title);
            json.WriteStartArray("items");
            foreach (var d in documents)
            {
                json.WriteStartObject();
                json.WriteString("id", ids.Manifest(d.Id));
                json.WriteString("type", "Manifest");
                IiifJson.Language(json, "label", "none", d.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
