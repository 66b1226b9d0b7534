namespace Edition.Rendering.Html.Models;

/// <summary>
/// A text the synoptic view can set in a column: one of the document's texts (<see cref="Witness"/> null), or an
/// apparatus witness, shown as the text <see cref="Cell"/> with that witness's readings in place of the lemmas.
/// </summary>
/// <param name="Token">Its name in the view's URL (<c>?cols=ru,en,app-B</c>): a text's language, a witness text's siglum, <c>app-</c> and an apparatus witness's siglum.</param>
/// <param name="Cell">The index of the text column whose cells it shows.</param>
/// <param name="Witness">The apparatus witness's token in the readings' <c>data-wit</c>, or null for a text as written.</param>
public sealed record SynopticSource(string Token, string Label, int Cell, string? Witness);
