using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;

namespace Edition.Core.Source.Facsimiles;

/// <summary>
/// Which page image each page break of the transcription shows: the page its <c>facs=</c> names, else, when no
/// page break names one, the page of the same position. The checker and the encoder read it alike.
/// </summary>
public sealed class FacsimileLinks
{
    private FacsimileLinks(DocumentText? transcription, IReadOnlyList<DirectiveInline> pageBreaks, IReadOnlyList<int?> pages)
    {
        Transcription = transcription;
        PageBreaks = pageBreaks;
        Pages = pages;
    }

    /// <summary>The text the images are of: the original, else the base text.</summary>
    public DocumentText? Transcription { get; }

    /// <summary>The transcription's page breaks, in order.</summary>
    public IReadOnlyList<DirectiveInline> PageBreaks { get; }

    /// <summary>For each page break, the index of its page (null: none, or a name no page has).</summary>
    public IReadOnlyList<int?> Pages { get; }

    /// <summary>Whether the pages are tied to the page breaks by position (no page break names its page).</summary>
    public bool ByOrder => PageBreaks.All(p => p.Named1("facs") is null);

    public static FacsimileLinks Of(AuthoredDocument document)
    {
        var transcription = document.Texts.FirstOrDefault(t => t.Role == TextRole.Original) ?? document.Base;
        var facsimile = document.Meta.Facsimile;
        if (transcription is null || facsimile is null)
        {
            return new FacsimileLinks(transcription, [], []);
        }

        var breaks = MarkupTree.Blocks(transcription.Blocks).SelectMany(MarkupTree.Inlines).OfType<DirectiveInline>().Where(d => d.Name == "pb").ToList();
        var byOrder = breaks.All(p => p.Named1("facs") is null);
        var pages = breaks.Select((pb, i) => byOrder
            ? (i < facsimile.Pages.Count ? i : (int?)null)
            : pb.Named1("facs") is { } name ? IndexOf(facsimile.Pages, name) : null).ToList();
        return new FacsimileLinks(transcription, breaks, pages);
    }

    private static int? IndexOf(IReadOnlyList<FacsimilePage> pages, string name)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].IsNamed(name))
            {
                return i;
            }
        }

        return null;
    }
}
