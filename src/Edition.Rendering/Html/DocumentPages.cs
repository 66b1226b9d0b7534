using Edition.Core.Caching;
using Edition.Core.Output;
using Edition.Rendering.Search;

namespace Edition.Rendering.Html;

/// <summary>One document's share of a UI-language tree: its page, its cite page, and (first tree only) its search entries (<see cref="DocumentSearchData"/>) and citation files.</summary>
internal sealed record DocumentPages(RenderedPage Page, RenderedPage Cite, byte[] SearchEntries, List<OutputFile> CitationFiles)
{
    /// <summary>The search entries once set down in the site's spill file (and let go).</summary>
    public SpilledBytes? SpilledSearch { get; init; }

    /// <summary>Another shard's document: nothing here (no file, no diagnostics).</summary>
    public static readonly DocumentPages None = new(RenderedPage.Skipped, RenderedPage.Skipped, [], []);
}
