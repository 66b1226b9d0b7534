namespace Edition.Rendering.Html.Models;

/// <summary>One text's block in a row of the parallel view (<c>empty</c> when that text has nothing there).</summary>
public sealed record CellHtml(int Index, string Lang, SafeHtml Html)
{
    public bool Empty => Html.IsEmpty;

    /// <summary>"rtl" for a right-to-left language (Arabic, Hebrew…), else empty: the template's <c>dir</c>.</summary>
    public string Dir => TextDirection.IsRightToLeft(Lang) ? "rtl" : "";
}
