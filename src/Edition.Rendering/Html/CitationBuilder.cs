using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Edition.Core.Output;
using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// "Cite this" for a document or one passage of it: Chicago-style text, and BibTeX, RIS and CSL-JSON files
/// carrying the archival locator. Files go under <c>cite/</c>; the view links to them.
/// </summary>
public sealed class CitationBuilder(EditionView edition)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Files go to <paramref name="files"/> (null: not wanted, e.g. in a second UI language), a sink per
    /// document so documents can be rendered in parallel; the view's links are relative to <paramref name="root"/>.
    /// The citation's words ("In", "edited by"), its quotation marks and its date are <paramref name="labels"/>' language's.
    /// </summary>
    public CitationView Build(DocumentView d, string? segmentId, string? passageLabel, string root, List<OutputFile>? files, Labels labels)
    {
        var id = segmentId ?? d.Id;
        var fileBase = segmentId is null ? $"cite/{d.Id}" : $"cite/{d.Id}/{segmentId}";
        var sitePath = "site/" + fileBase;
        var url = edition.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" + LinkResolver.DocumentPath(d.Id) + (segmentId is null ? "" : "#" + segmentId) : null;
        var title = passageLabel is null ? d.Title : $"{d.Title}, {passageLabel}";
        var archive = ArchiveFormatter.Format(edition, d, labels);
        var author = d.Sender?.Name;
        var editors = string.Join(", ", edition.Editors.Select(e => e.Key));

        if (files is not null)
        {
            files.Add(OutputFile.Text(sitePath + ".bib", Bibtex(d, id, title, author, editors, archive, url)));
            files.Add(OutputFile.Text(sitePath + ".ris", Ris(d, title, author, archive, url)));
            files.Add(OutputFile.Text(sitePath + ".json", Csl(d, id, title, archive, url)));
        }

        var chicago = new ChicagoCitation(labels, Head(d, author, labels), title, archive?.Short, edition.Title, editors, edition.Publisher, url);
        return new CitationView(id, passageLabel ?? d.Title, chicago.Text(s => s, s => s), new SafeHtml(chicago.Text(s => $"<i>{s}</i>", HtmlText.Escape)),
            root + fileBase + ".bib", root + fileBase + ".ris", root + fileBase + ".json", url);
    }

    /// <summary>"Mao Zedong to Stalin, telegram, 21 June 1951": who wrote to whom, the document's type and its date.</summary>
    private static string Head(DocumentView d, string? author, Labels labels)
    {
        var parties = author is null ? null : d.Recipient?.Name is { } r ? labels.Format("cite_to", author, r) : author;
        return string.Join(", ", new[] { parties, DocumentTypeCase.InRunningText(d.DocumentType, labels.Lang), labels.Date(d.Date) }.Where(s => s is not null));
    }

    private string Bibtex(DocumentView d, string id, string title, string? author, string editors, ArchiveText? archive, string? url)
    {
        var sb = new StringBuilder($"@misc{{{Regex(id)},\n");
        void Field(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                sb.Append($"  {name} = {{{BibEscape(value)}}},\n");
            }
        }

        Field("title", title);
        Field("author", author is null ? null : "{" + author + "}");
        Field("editor", editors);
        Field("date", d.Date?.Split('T')[0]);
        Field("year", d.Date?[..Math.Min(4, d.Date.Length)]);
        Field("howpublished", edition.Title);
        Field("publisher", edition.Publisher);
        Field("note", string.Join(". ", new[] { d.DocumentType, archive?.Short, d.Recipient?.Name is { } r ? "To " + r : null }.Where(s => s is not null)));
        Field("url", url);
        return sb.Append("}\n").ToString();
    }

    private string Ris(DocumentView d, string title, string? author, ArchiveText? archive, string? url)
    {
        var sb = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                sb.Append($"{tag}  - {value.ReplaceLineEndings(" ")}\r\n");
            }
        }

        Tag("TY", "MANSCPT");
        Tag("TI", title);
        Tag("AU", author);
        foreach (var e in edition.Editors)
        {
            Tag("A2", e.Key);
        }

        Tag("DA", d.Date is { Length: >= 10 } iso ? iso[..10].Replace('-', '/') : d.Date);
        Tag("PY", d.Date?[..Math.Min(4, d.Date.Length)]);
        Tag("T2", edition.Title);
        Tag("PB", edition.Publisher);
        Tag("M3", d.DocumentType);
        Tag("AV", archive?.Short);
        Tag("AN", ArchiveFormatter.Locator(edition, d));
        Tag("AB", d.Summary);
        Tag("UR", url);
        sb.Append("ER  - \r\n");
        return sb.ToString();
    }

    private string Csl(DocumentView d, string id, string title, ArchiveText? archive, string? url)
    {
        var item = new JsonObject
        {
            ["id"] = id,
            ["type"] = "manuscript",
            ["title"] = title,
        };
        if (d.Sender?.Name is { } s)
        {
            item["author"] = new JsonArray(new JsonObject { ["literal"] = s });
        }

        if (d.Recipient?.Name is { } r)
        {
            item["recipient"] = new JsonArray(new JsonObject { ["literal"] = r });
        }

        if (edition.Editors.Count > 0)
        {
            item["editor"] = new JsonArray(edition.Editors.Select(e => (JsonNode)new JsonObject { ["literal"] = e.Key }).ToArray());
        }

        if (d.Date is { } date && date.Split('T')[0].Split('-').Select(p => int.TryParse(p, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList() is var parts && parts.All(p => p is not null))
        {
            item["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(parts.Select(p => (JsonNode)JsonValue.Create(p!.Value)).ToArray())) };
        }

        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                item[name] = value;
            }
        }

        Set("genre", d.DocumentType);
        Set("archive", archive?.Repository ?? archive?.Abbreviation);
        Set("archive_location", ArchiveFormatter.Locator(edition, d));
        Set("archive-place", archive?.Place);
        Set("container-title", edition.Title);
        Set("publisher", edition.Publisher);
        Set("abstract", d.Summary);
        Set("URL", url);
        return new JsonArray(item).ToJsonString(Json) + "\n";
    }

    private static string Regex(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' ? c : '_').ToArray());

    /// <summary>BibTeX specials escaped; balanced braces we add ourselves (the author group) are kept.</summary>
    private static string BibEscape(string value)
    {
        var grouped = value.StartsWith('{') && value.EndsWith('}');
        var inner = grouped ? value[1..^1] : value;
        var sb = new StringBuilder();
        foreach (var c in inner)
        {
            var escaped = c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => null,
            };
            if (escaped is null)
            {
                sb.Append(c); // most characters stand for themselves: no string per character
            }
            else
            {
                sb.Append(escaped);
            }
        }

        return grouped ? "{" + sb + "}" : sb.ToString();
    }
}
