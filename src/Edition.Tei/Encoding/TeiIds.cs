namespace Edition.Tei.Encoding;

/// <summary>
/// How Edition names things in TEI. Ids are prefixed by the document id, so they stay unique across the
/// whole edition; persons and places live in the edition's lists and are pointed to there.
/// </summary>
public static class TeiIds
{
    public const string PersonsFile = "persons.xml";

    public const string PlacesFile = "places.xml";

    public static string Div(string doc, string lang) => $"{doc}-{lang}";

    public static string Segment(string doc, string lang, string key) => $"{doc}-{lang}-{key}";

    public static string Note(string doc, string lang, int n) => $"{doc}-{lang}-n{n}";

    public static string Apparatus(string doc, string lang, int n) => $"{doc}-{lang}-app{n}";

    public static string Witness(string doc, string siglum) => $"{doc}-wit-{siglum}";

    public static string Editor(string doc, string editor) => $"{doc}-resp-{editor}";

    /// <summary>A hand declared in the header's <c>handNotes</c>, pointed to by <c>handShift/@new</c> and <c>@hand</c>.</summary>
    public static string Hand(string doc, string hand) => $"{doc}-hand-{hand}";

    public static string Person(string id) => $"{PersonsFile}#{id}";

    public static string Place(string id) => $"{PlacesFile}#{id}";
}
