using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary>The description list in a document page's header (<c>document.sbn</c>'s <c>doc-meta</c>), compiled.</summary>
internal static class DocumentMetaList
{
    public static void Write(PageWriter w, DocumentPageView d)
    {
        if (d.DateText is not null)
        {
            w.Raw("<dt>").Label("date").Raw("</dt><dd><time datetime=\"").Text(d.Date).Raw("\">").Text(d.DateText).Raw("</time></dd>");
        }

        w.Raw("\n");
        Correspondents(w, d);
        if (d.Sender is { Place: not null } sender)
        {
            w.Raw("<dt>").Label("place").Raw("</dt><dd>");
            Linked(w, sender.PlaceHref, sender.Place);
            w.Raw("</dd>");
        }

        w.Raw("\n");
        if (d.DocumentType is not null)
        {
            w.Raw("<dt>").Label("type").Raw("</dt><dd>").Text(d.DocumentType).Raw("</dd>");
        }

        w.Raw("\n");
        Archive(w, d.Archive);
        Source(w, d);
        Described(w, "summary", " class=\"summary\"", d.Summary);
        Described(w, "physical", "", d.Physical);
        Rights(w, d);
    }

    private static void Correspondents(PageWriter w, DocumentPageView d)
    {
        if (d.Sender is null && d.Recipient is null)
        {
            w.Raw("\n");
            return;
        }

        w.Raw("\n      <dt>").Label("from").Raw(" ").Label("arrow_to").Raw(" ").Label("to").Raw("</dt>\n      <dd class=\"correspondents\">\n");
        if (d.Sender is { } sender)
        {
            Linked(w, sender.Href, sender.Name);
        }

        w.Raw(" ").Label("arrow_to").Raw("\n");
        if (d.Recipient is { } recipient)
        {
            w.Raw(" ");
            Linked(w, recipient.Href, recipient.Name);
        }

        w.Raw("\n      </dd>\n\n");
    }

    private static void Archive(PageWriter w, ArchiveText? archive)
    {
        if (archive is not null)
        {
            w.Raw("\n      <dt>").Label("archival_citation").Raw("</dt>\n");
            if (archive.Short != "")
            {
                w.Raw("\n      <dd class=\"archive\"><span class=\"shelfmark\">").Text(archive.Short).Raw("</span><br><span class=\"archive-long\">").Text(archive.Long).Raw("</span></dd>\n");
            }

            w.Raw("\n");
            foreach (var holding in archive.OtherHoldings)
            {
                w.Raw("\n      <dd class=\"archive archive-other\">").Text(holding).Raw("</dd>\n");
            }

            w.Raw("\n");
        }

        w.Raw("\n");
    }

    private static void Source(PageWriter w, DocumentPageView d)
    {
        if (d.SourceTitle is not (null or "") || d.SourceUrl is not (null or ""))
        {
            w.Raw("\n      <dt>").Label("source").Raw("</dt>\n      <dd>");
            if (d.SourceUrl is not null)
            {
                w.Raw("<a href=\"").Url(d.SourceUrl).Raw("\" rel=\"external\">").Text(d.SourceTitle ?? d.SourceUrl).Raw("</a>");
            }
            else
            {
                w.Text(d.SourceTitle);
            }

            if (d.SourceRecord is not (null or ""))
            {
                w.Raw(", ").Label("record").Raw(" ").Text(d.SourceRecord);
            }

            w.Raw("</dd>\n");
        }

        w.Raw("\n");
    }

    /// <summary><c>{{~ if value }}&lt;dt&gt;label&lt;/dt&gt;&lt;dd&gt;value&lt;/dd&gt;{{ end }}</c> on a line of its own.</summary>
    private static void Described(PageWriter w, string label, string ddAttributes, string? value)
    {
        if (value is not null)
        {
            w.Raw("<dt>").Label(label).Raw("</dt><dd").Raw(ddAttributes).Raw(">").Text(value).Raw("</dd>");
        }

        w.Raw("\n");
    }

    private static void Rights(PageWriter w, DocumentPageView d)
    {
        if (d.Rights is not null || d.Licence is not null)
        {
            w.Raw("<dt>").Label("rights").Raw("</dt><dd>").Text(d.Rights);
            if (d.Licence is not null)
            {
                w.Raw(" ");
                HeadTemplate.Link(w, d.LicenceUrl, "license", d.Licence);
            }

            w.Raw("</dd>");
        }

        w.Raw("\n");
    }

    /// <summary><c>{{ if href }}&lt;a href&gt;text&lt;/a&gt;{{ else }}text{{ end }}</c>.</summary>
    private static void Linked(PageWriter w, string? href, string? text)
    {
        if (href is null)
        {
            w.Text(text);
            return;
        }

        w.Raw("<a href=\"").Url(href).Raw("\">").Text(text).Raw("</a>");
    }
}
