using Edition.Core.Output;
using Edition.Rendering.Figures;
using Edition.Rendering.Html.Models;
using Edition.Rendering.Search;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// One document's page view: its rows rendered cell by cell, then its notes and apparatus (after the text,
/// so each entry knows the anchors of its references for the back-links), citations and neighbours.
/// </summary>
/// <param name="figures">The images of the edition's figures (none: every local image is shown as absent).</param>
public sealed class DocumentPageBuilder(EditionView edition, SiteIndex index, CitationBuilder citations, FigureImages? figures = null)
{
    /// <summary>Search segments and citation files go to the sinks when given (once, in the first UI language).</summary>
    public DocumentPageView Build(DocumentView d, PageContext page, Labels labels, List<SearchSegment>? searchSegments, List<OutputFile>? citationFiles)
    {
        var figureHtml = new FigureHtml(figures ?? FigureImages.None, d.TeiFile, page.Root, labels.Get("image_not_available"));
        var inline = new InlineHtmlRenderer(page, d.TeiFile, index.PersonIds, index.PlaceIds, figureHtml, labels)
        {
            Readings = new InPlaceReadings(d.Apparatus, d.Witnesses, new InlineHtmlRenderer(page, d.TeiFile, index.PersonIds, index.PlaceIds, figureHtml, labels)),
        };
        var contents = DivisionContents.Of(d);
        var blocks = new BlockHtmlRenderer(inline, d.Id, labels, contents);
        var columns = d.Texts.Select((t, i) => new TextColumn(i, t.Role, t.Lang, (t.Role == "witness" ? null : labels.Find("lang_" + t.Lang)) ?? t.LanguageName)).ToList();
        var front = Matter(blocks, d.Front);
        var rows = d.Rows.Select(r => new RowHtml(r.Key, r.IsAligned, r.Cells.Select((c, i) => new CellHtml(i, c?.Lang ?? columns.ElementAtOrDefault(i)?.Lang ?? "", blocks.Render(c))).ToList())).ToList();
        var back = Matter(blocks, d.Back);
        searchSegments?.AddRange(blocks.Segments);

        searchSegments?.AddRange(NoteSegments(d));
        var notes = d.Notes.Select(n => new NoteHtml(n.Id, n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Lang, n.Type, inline.Render(n.Content), BackRefs(inline, n.Id), n.SegmentId)).ToList();
        var sigla = d.Witnesses.DistinctBy(w => w.Id, StringComparer.Ordinal).ToDictionary(w => w.Id, w => w.Siglum, StringComparer.Ordinal); // the first of two with one id (or none)
        var apparatus = d.Apparatus.Select(a => new NoteHtml(a.Id, InlineHtmlRenderer.AppMarker(a.Number), a.Lang, "apparatus", Apparatus(inline, a, sigla), BackRefs(inline, a.Id), a.SegmentId)).ToList();

        var position = index.Documents.FindIndex(x => x.Id == d.Id);
        // One citation per id: TEI-in that gives two segments one xml:id (invalid, built with validation off) cites the first.
        var segmentCitations = d.Texts.SelectMany(t => Keyed(t.Blocks).Select(b => (Block: b, LanguageName: labels.Find("lang_" + t.Lang) ?? t.LanguageName))).DistinctBy(x => x.Block.Id, StringComparer.Ordinal)
            .Select(x => citations.Build(d, x.Block.Id, $"{x.LanguageName}, {labels.Get("passage")} {x.Block.Key}", page.Root, citationFiles, labels)).ToList();
        var citation = citations.Build(d, null, null, page.Root, citationFiles, labels);
        return new DocumentPageView(d, page.Root + "tei/" + d.TeiFile, page.Base + "documents/" + d.Id + ".cite.html", citation)
        {
            Title = DocumentLabel.Of(d, labels),
            Trail = index.Volumes.Trail(d, page),
            Contents = index.Volumes.Contents(d, page),
            Licence = d.Licence ?? edition.Licence,
            LicenceUrl = d.LicenceUrl ?? edition.LicenceUrl,
            DateText = labels.Date(d.Date),
            Sender = Party(d.Sender, page),
            Recipient = Party(d.Recipient, page),
            Archive = ArchiveFormatter.Format(edition, d, labels),
            TableOfContents = contents.Html(),
            Facsimile = FacsimileHtml.Render(d, (figures ?? FigureImages.None).Facsimiles, page.Root, labels),
            Columns = columns,
            Synoptic = SynopticSources.Of(d, columns, labels),
            Rows = rows,
            Front = front,
            Back = back,
            Notes = notes,
            Apparatus = apparatus,
            SegmentCitations = segmentCitations,
            Previous = position > 0 ? index.Documents[position - 1] : null,
            Next = position >= 0 && position < index.Documents.Count - 1 ? index.Documents[position + 1] : null,
            HasTexFormulas = inline.WroteTexFormula,
            Signs = ManuscriptSignLegend.Build(inline, labels),
        };
    }

    /// <summary>Notes and variant readings are searched too, each landing on its entry below the text.</summary>
    private static IEnumerable<SearchSegment> NoteSegments(DocumentView d) =>
        d.Notes.Select(n => new SearchSegment(n.Id, n.Lang, InlineHtmlRenderer.PlainText(n.Content), SearchSegment.Note))
            .Concat(d.Apparatus.Select(a => new SearchSegment(a.Id, a.Lang, string.Join(" ", a.Readings.Select(r => InlineHtmlRenderer.PlainText(r.Content))), SearchSegment.Reading)))
            .Where(s => !string.IsNullOrWhiteSpace(s.Text));

    private static SafeHtml Matter(BlockHtmlRenderer blocks, IReadOnlyList<BlockView> matter) =>
        new(string.Concat(matter.Select(b => blocks.Render(b).Value)));

    private static IEnumerable<BlockView> Keyed(IEnumerable<BlockView> blocks) =>
        blocks.SelectMany(b => (b.Id is not null && b.Key is not null ? [b] : Array.Empty<BlockView>()).Concat(Keyed(b.Children)));

    private PartyView? Party(CorrespondentView? c, PageContext page) => c is null ? null : new PartyView(
        c.Name,
        c.PersonId is not null && index.PersonIds.Contains(c.PersonId) ? page.Base + "persons.html#" + c.PersonId : null,
        c.Place,
        c.PlaceId is not null && index.PlaceIds.Contains(c.PlaceId) ? page.Base + "places.html#" + c.PlaceId : null);

    private static IReadOnlyList<string> BackRefs(InlineHtmlRenderer inline, string id) =>
        Enumerable.Range(1, inline.ReferenceCount(id)).Select(n => "#" + InlineHtmlRenderer.RefId(id, n)).ToList();

    /// <summary>"lemma] reading SIGLUM; reading SIGLUM", escaped like every other text.</summary>
    private static SafeHtml Apparatus(InlineHtmlRenderer inline, ApparatusView a, IReadOnlyDictionary<string, string> sigla)
    {
        string Sigla(IEnumerable<string> ids) => string.Join(" ", ids.Select(w => $"<span class=\"siglum\">{HtmlText.Escape(sigla.GetValueOrDefault(w) ?? w)}</span>"));
        var html = $"<span class=\"lemma\">{inline.Render(a.Lemma).Value}</span>";
        if (a.LemmaWitnesses.Count > 0)
        {
            html += " " + Sigla(a.LemmaWitnesses);
        }

        html += "<span class=\"app-sep\">]</span> " + string.Join("; ", a.Readings.Select(r => $"<span class=\"rdg\">{(r.Content.Count == 0 ? "<i>om.</i>" : inline.Render(r.Content).Value)}</span> {Sigla(r.Witnesses)}"));
        return new SafeHtml(html);
    }
}
