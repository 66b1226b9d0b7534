namespace Edition.Rendering.Html.Models;

/// <summary>A column of the parallel view: one text (original or translation).</summary>
public sealed record TextColumn(int Index, string Role, string Lang, string LanguageName)
{
    /// <summary>"rtl" for a right-to-left language, else empty.</summary>
    public string Dir => TextDirection.IsRightToLeft(Lang) ? "rtl" : "";
}
