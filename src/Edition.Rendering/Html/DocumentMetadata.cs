using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>Machine-readable metadata of a document page: Dublin Core and Highwire <c>citation_*</c> meta tags, schema.org JSON-LD.</summary>
public static class DocumentMetadata
{
    // The default-style encoder escapes < > & ' " too, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions ScriptJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IReadOnlyList<MetaTag> Meta(EditionView edition, DocumentView d, string? url, string? teiUrl)
    {
        var archive = ArchiveFormatter.Format(edition, d, "en");
        var langs = d.Texts.Select(t => t.Lang).Where(l => l.Length > 0).Distinct().ToList();
        var tags = new List<MetaTag>();
        void Add(string name, string? content)
        {
            if (!string.IsNullOrEmpty(content))
            {
                tags.Add(new MetaTag(name, content));
            }
        }

        Add("DC.title", d.Title);
        Add("DC.creator", d.Sender?.Name);
        Add("DC.date", d.Date?.Split('T')[0]);
        Add("DC.type", d.DocumentType);
        langs.ForEach(l => Add("DC.language", l));
        Add("DC.publisher", edition.Publisher);
        Add("DC.source", archive?.Short);
        Add("DC.rights", d.Rights ?? d.Licence ?? edition.Licence);
        Add("DC.identifier", url);
        Add("DC.description", d.Summary);
        Add("citation_title", d.Title);
        Add("citation_author", d.Sender?.Name);
        Add("citation_date", d.Date is { Length: >= 10 } iso ? iso[..10].Replace('-', '/') : d.Date);
        Add("citation_publication_date", d.Date is { Length: >= 10 } iso2 ? iso2[..10].Replace('-', '/') : d.Date);
        foreach (var editor in edition.Editors)
        {
            Add("citation_editor", editor.Key);
        }

        Add("citation_publisher", edition.Publisher);
        Add("citation_inbook_title", edition.Title);
        langs.ForEach(l => Add("citation_language", l));
        Add("citation_archive", archive?.Short);
        Add("citation_abstract_html_url", url);
        Add("citation_xml_url", teiUrl);
        return tags;
    }

    public static SafeHtml JsonLd(EditionView edition, DocumentView d, string? url)
    {
        var archive = ArchiveFormatter.Format(edition, d, "en");
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new JsonArray("ArchiveComponent", "Message"),
            ["name"] = d.Title,
        };
        void Set(string name, JsonNode? value)
        {
            if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
            {
                o[name] = value;
            }
        }

        Set("dateCreated", d.Date?.Split('T')[0]);
        Set("description", d.Summary);
        Set("genre", d.DocumentType);
        Set("inLanguage", new JsonArray(d.Texts.Select(t => (JsonNode)JsonValue.Create(t.Lang)!).ToArray()));
        Set("sender", d.Sender?.Name is { } s ? new JsonObject { ["@type"] = "Person", ["name"] = s } : null);
        Set("recipient", d.Recipient?.Name is { } r ? new JsonObject { ["@type"] = "Person", ["name"] = r } : null);
        Set("identifier", archive?.Short);
        Set("holdingArchive", archive is null ? null : new JsonObject { ["@type"] = "ArchiveOrganization", ["name"] = archive.Repository ?? archive.Abbreviation });
        Set("isPartOf", new JsonObject { ["@type"] = "Collection", ["name"] = edition.Title });
        Set("publisher", edition.Publisher is { } p ? new JsonObject { ["@type"] = "Organization", ["name"] = p } : null);
        Set("license", d.LicenceUrl ?? edition.LicenceUrl);
        Set("url", url);
        return new SafeHtml(o.ToJsonString(ScriptJson));
    }
}
