namespace Edition.Rendering.Html.Models;

/// <summary>One line of a page's legend of the manuscript's signs: a sample as the diplomatic view shows it, and what it means.</summary>
public sealed record SignHtml(string Kind, SafeHtml Sample, string Label);
