namespace Edition.Rendering.Html.Models;

/// <summary>Where an index entry is named: the document, the form used, its language and a link to the passage.</summary>
public sealed record OccurrenceLink(string DocumentTitle, string Form, string Lang, string Href);
