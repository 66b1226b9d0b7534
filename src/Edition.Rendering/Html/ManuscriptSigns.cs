namespace Edition.Rendering.Html;

/// <summary>How an addition's place maps to its sign, and each sign's label in the labels (<c>labels/&lt;lang&gt;.json</c>).</summary>
public static class ManuscriptSigns
{
    /// <summary>Above the line raised, below it lowered, in a margin (or at the page's top or foot, or on another page) bracketed, else in the line.</summary>
    public static ManuscriptSign OfPlace(string? place) => place switch
    {
        "above" => ManuscriptSign.AddedAbove,
        "below" => ManuscriptSign.AddedBelow,
        "margin" or "left" or "right" or "top" or "bottom" or "opposite" or "overleaf" => ManuscriptSign.AddedInMargin,
        _ => ManuscriptSign.Added,
    };

    /// <summary>The addition's CSS class suffix.</summary>
    public static string PlaceGroup(ManuscriptSign sign) => sign switch
    {
        ManuscriptSign.AddedAbove => "above",
        ManuscriptSign.AddedBelow => "below",
        ManuscriptSign.AddedInMargin => "margin",
        _ => "inline",
    };

    public static string LabelKey(ManuscriptSign sign) => sign switch
    {
        ManuscriptSign.Deleted => "sign_del",
        ManuscriptSign.Erased => "sign_del_erased",
        ManuscriptSign.Added => "sign_add",
        ManuscriptSign.AddedAbove => "sign_add_above",
        ManuscriptSign.AddedBelow => "sign_add_below",
        ManuscriptSign.AddedInMargin => "sign_add_margin",
        ManuscriptSign.HandShift => "sign_handshift",
        ManuscriptSign.Damage => "sign_damage",
        ManuscriptSign.Space => "sign_space",
        ManuscriptSign.Restored => "sign_restore",
        _ => "sign_retrace",
    };
}
