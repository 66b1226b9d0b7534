namespace Edition.Rendering.Html;

/// <summary>A sign the diplomatic view uses for a manuscript's change, in the order of the page's legend.</summary>
public enum ManuscriptSign
{
    Deleted,
    Erased,
    Added,
    AddedAbove,
    AddedBelow,
    AddedInMargin,
    HandShift,
    Damage,
    Space,
    Restored,
    Retraced,
}
