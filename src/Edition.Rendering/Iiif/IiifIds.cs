namespace Edition.Rendering.Iiif;

/// <summary>Where the IIIF resources of the site are, and their ids (absolute under the edition's base_url, else from the site's root).</summary>
public sealed class IiifIds(string? baseUrl)
{
    public const string CollectionPath = "iiif/collection.json";

    public string Base { get; } = baseUrl is null ? "" : baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    public static string ManifestPath(string documentId) => $"iiif/manifest/{documentId}.json";

    public string Manifest(string documentId) => Base + ManifestPath(documentId);

    public string Collection => Base + CollectionPath;

    public string Canvas(string documentId, int page) => $"{Manifest(documentId)}/canvas/{page}";

    public string Site(string path) => Base + path;
}
