namespace Edition.Rendering.Html.Models;

/// <summary>A row of the parallel view: counterpart blocks side by side, so they stay aligned whatever their length.</summary>
public sealed record RowHtml(string? Key, bool Aligned, IReadOnlyList<CellHtml> Cells);
