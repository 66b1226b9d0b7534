using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>One synchronised chunk of the facing pages: a cell per text, each becoming one <c>\pstart…\pend</c>.</summary>
public sealed record PrintRow(string? Key, IReadOnlyList<PrintCell> Cells);
