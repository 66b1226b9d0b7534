using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// A document's date, by the first rule that gives one: (1) a customisation's attribute on the document's division
/// (FRUS's <c>frus:doc-dateTime-min</c>); (2) <c>correspDesc/correspAction[@type='sent']/date</c>; (3)
/// <c>profileDesc/creation/date</c>; (4) <c>msDesc</c>'s <c>origDate</c>; (5) the first <c>dateline/date</c> of its
/// text. Of a date element, <c>@when</c>, else <c>@from</c>, <c>@notBefore</c>, <c>@to</c>, <c>@notAfter</c>. An
/// edition puts attributes of its own first (<c>date_attributes</c> in edition.yml, applied by the edition reader).
/// </summary>
public static class DocumentDates
{
    public static readonly XNamespace Frus = "http://history.state.gov/frus/ns/1.0";

    private static readonly string[] DateAttributes = ["when", "from", "notBefore", "to", "notAfter"];

    /// <summary>The date of a document division (rules 1 and 5).</summary>
    internal static string? OfDivision(XElement div) =>
        Normalize((string?)div.Attribute(Frus + "doc-dateTime-min") ?? (string?)div.Attribute(Frus + "doc-dateTime-max")) ?? FromDateline(div);

    /// <summary>The date a TEI header gives (rules 2 to 4).</summary>
    internal static string? OfHeader(XElement header)
    {
        var sent = header.Descendants(TeiNames.N("correspAction")).FirstOrDefault(a => a.Attr("type") == "sent")?.Element(TeiNames.N("date"));
        var creation = header.Descendants(TeiNames.N("creation")).Elements(TeiNames.N("date")).FirstOrDefault();
        var origin = header.Descendants(TeiNames.N("msDesc")).Descendants(TeiNames.N("origDate")).FirstOrDefault();
        return Of(sent) ?? Of(creation) ?? Of(origin);
    }

    /// <summary>The first <c>dateline/date</c> of a text (rule 5).</summary>
    internal static string? FromDateline(XElement? text) =>
        text?.Descendants(TeiNames.N("dateline")).Descendants(TeiNames.N("date")).Select(Of).FirstOrDefault(d => d is not null);

    /// <summary>A date element's date: its first dating attribute that holds one.</summary>
    public static string? Of(XElement? date) =>
        date is null ? null : DateAttributes.Select(a => Normalize(date.Attr(a))).FirstOrDefault(d => d is not null);

    /// <summary>An ISO date or date-time as the site sorts and shows it: year, year-month or day (the time let go); null when not one.</summary>
    public static string? Normalize(string? value)
    {
        var v = value?.Trim();
        if (v is not { Length: >= 4 } || !char.IsAsciiDigit(v[0]) || !v[..4].All(char.IsAsciiDigit))
        {
            return null;
        }

        var end = v.IndexOf('T', StringComparison.Ordinal) is var t and >= 0 ? t : v.Length;
        return v[..Math.Min(end, 10)];
    }
}
