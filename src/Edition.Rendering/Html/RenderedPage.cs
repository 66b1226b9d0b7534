using Edition.Core.Diagnostics;
using Edition.Core.Output;

namespace Edition.Rendering.Html;

/// <summary>A rendered page, or the failure of its template (File null) with that render's diagnostics.</summary>
internal sealed record RenderedPage(string Template, OutputFile? File, string? Url, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Rendered, and its file given to the output already (File is then null, its bytes let go).</summary>
    public bool Given { get; init; }

    /// <summary>A page left to another shard: kept as nothing at all.</summary>
    public static readonly RenderedPage Skipped = new("", null, null, []);
}
