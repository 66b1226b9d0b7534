using Edition.Core.Caching;
using System.Security.Cryptography;
using System.Text.Json;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// What a document page reads besides its own TEI: the tool, the templates and labels, the edition's
/// metadata, persons and places, every tree's document list (titles, prev/next neighbours) and every link
/// target. A change to any of these re-renders every page; an edit inside one document's text does not.
/// </summary>
internal static class CacheKeys
{

    public static string Shared(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, LinkResolver links, IEnumerable<SiteIndex> indexes)
    {
        var parts = new List<string>
        {
            typeof(CacheKeys).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(EditionView).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(Scriban.Template).Assembly.ManifestModule.ModuleVersionId.ToString(),
            Folder(templates.DefaultDirectory),
            Folder(templates.OverrideDirectory),
            EditionMetadata(edition),
            links.Fingerprint(),
        };
        parts.AddRange(indexes.Select(i => JsonSerializer.Serialize(i.Documents, CacheKeyJson.Default.ListDocumentListItem)));
        parts.AddRange(indexes.Select(i => JsonSerializer.Serialize(i.Listing, CacheKeyJson.Default.ListDocumentListItem))); // a volume's parts: titles, order

        // An edition's own templates may show any document on any page (edition.documents): then every
        // document's TEI is an input of every page.
        if (templates.OverrideDirectory is { } own && Directory.Exists(Path.Combine(own, "html")) && Directory.EnumerateFiles(Path.Combine(own, "html"), "*.sbn", SearchOption.AllDirectories).Any())
        {
            parts.AddRange(TeiHashes(tei).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        }

        return CacheKey.Of([.. parts]);
    }

    public static Dictionary<string, string> TeiHashes(IReadOnlyList<EncodedDocument> tei) =>
        tei.AsParallel().ToDictionary(d => d.FileName, d => d.ContentHash, StringComparer.Ordinal);

    /// <summary>The edition's metadata, persons, places and terms: all of the edition a page sees but its documents.</summary>
    public static string EditionMetadata(EditionView edition) =>
        Metadata.GetValue(edition, e => JsonSerializer.Serialize(e with { Documents = [], Parts = [], Files = [] }, CacheKeyJson.Default.EditionView)); // the site's and the print's keys both need it

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EditionView, string> Metadata = [];

    /// <summary>Every file of a template folder, by relative path and content hash.</summary>
    public static string Folder(string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return "";
        }

        return string.Join("\n", Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(directory, f) + "=" + (Core.Source.SpecialFiles.IsSpecial(f) ? "not-a-file" : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))));
    }
}

/// <summary>What page and print keys serialize, generated at compile time (no reflection over the view types in a new process).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(EditionView))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<Models.DocumentListItem>))]
internal sealed partial class CacheKeyJson : System.Text.Json.Serialization.JsonSerializerContext;
