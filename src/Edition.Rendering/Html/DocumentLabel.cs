using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// What a page is called where it is listed or opened: its title; a document with none, by its date and first words
/// ("12 March 1951 — We have received your…"); a volume's part with none, by where it stands (front or back matter).
/// </summary>
public static class DocumentLabel
{
    public static string Of(DocumentView d, Labels labels)
    {
        if (d.Incipit is { } incipit)
        {
            return labels.Date(d.Date) is { } date ? $"{date} — {incipit}" : incipit;
        }

        return d.Title.Length > 0 ? d.Title : labels.Find("part_" + d.Matter) ?? d.Id;
    }
}
