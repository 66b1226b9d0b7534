namespace Edition.Rendering.Localization;

/// <summary>
/// One label of the interface: a text, or a text per CLDR plural category (<c>{"one": "{0} result", "other":
/// "{0} results"}</c>) for a label that states a count.
/// </summary>
public sealed record LabelText(string Text, IReadOnlyDictionary<string, string>? Forms = null)
{
    /// <summary>The form of a category, else <c>other</c>'s, else the plain text.</summary>
    public string Form(string category) =>
        Forms is null ? Text : Forms.GetValueOrDefault(category) ?? Forms.GetValueOrDefault("other") ?? Text;
}
