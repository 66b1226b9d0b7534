using Edition.Core.Diagnostics;

namespace Edition.Tei.Validation;

/// <summary>
/// The rules of schemas/edition.sch (ED42xx): their messages are the schema's, the ids here are those of its
/// asserts and reports (a test keeps the two the same).
/// </summary>
public static class SchematronDiagnostics
{
    public static readonly DiagnosticDescriptor ParallelDivWithoutLang = new(
        "ED4201", Severity.Error, "Parallel div without xml:lang", "{0}",
        "An original or translation div needs @xml:lang, the language of its text.");

    public static readonly DiagnosticDescriptor ParallelDivWithoutId = new(
        "ED4202", Severity.Error, "Parallel div without xml:id", "{0}",
        "An original or translation div needs an @xml:id, so the other text can point to it.");

    public static readonly DiagnosticDescriptor TranslationInOriginalLanguage = new(
        "ED4203", Severity.Error, "Translation in the original's language", "{0}",
        "The translation div has the same @xml:lang as the original; one of the two languages is wrong.");

    public static readonly DiagnosticDescriptor KeyedWithoutCorresp = new(
        "ED4204", Severity.Error, "Keyed segment without @corresp", "{0}",
        "A keyed segment has no @corresp pointing to its counterpart in the other text. In a build the integrity check ED2204 reports it instead.");

    public static readonly DiagnosticDescriptor CorrespTargetMissing = new(
        "ED4205", Severity.Error, "@corresp target missing", "{0}",
        "A segment's @corresp points to an id that is not in the document. In a build the integrity check ED2205 reports it instead.");

    public static readonly DiagnosticDescriptor CorrespNotPointedBack = new(
        "ED4206", Severity.Error, "Counterpart does not point back", "{0}",
        "The counterpart a segment's @corresp names does not point back to it. In a build the integrity check ED2205 reports it instead.");

    public static readonly DiagnosticDescriptor CorrespIntoSameText = new(
        "ED4207", Severity.Error, "@corresp into the same text", "{0}",
        "A segment's @corresp points into its own text; it must point to the other one. In a build the integrity check ED2205 reports it instead.");

    public static readonly DiagnosticDescriptor NoteWithoutId = new(
        "ED4208", Severity.Error, "Note without xml:id", "{0}",
        "A note in the text needs an @xml:id: notes are numbered and linked by it.");

    public static readonly DiagnosticDescriptor NoteTypeUnknown = new(
        "ED4209", Severity.Error, "Note type not in the list", "{0}",
        "A note's @type is not one of the types the schema lists.");

    public static readonly DiagnosticDescriptor AppWithoutWitness = new(
        "ED4210", Severity.Error, "Apparatus entry without a witnessed reading", "{0}",
        "An app needs at least one rdg with @wit naming its witness.");

    public static readonly DiagnosticDescriptor AppWithTwoLemmas = new(
        "ED4211", Severity.Error, "Apparatus entry with two lemmas", "{0}",
        "An app has at most one lem.");

    public static readonly DiagnosticDescriptor FwTypeUnknown = new(
        "ED4212", Severity.Error, "fw type not in the list", "{0}",
        "An fw's @type is not one of the types the schema lists (e.g. header, telegram, copies).");

    public static readonly DiagnosticDescriptor AbTypeUnknown = new(
        "ED4213", Severity.Error, "ab type not in the list", "{0}",
        "An ab's @type in a parallel text is not one of the types the schema lists (e.g. received, address).");

    public static readonly DiagnosticDescriptor DivTypeUnknown = new(
        "ED4214", Severity.Error, "div type not in the list", "{0}",
        "A div of the body has a @type the schema does not list.");

    public static readonly DiagnosticDescriptor DateNotW3c = new(
        "ED4215", Severity.Error, "Date not a W3C date", "{0}",
        "A date attribute of date, origDate, birth, death or change is not a W3C date. In a build the integrity check ED2207 reports it instead.");

    public static readonly DiagnosticDescriptor DocumentWithoutTitle = new(
        "ED4216", Severity.Error, "Document without title", "{0}",
        "The document's titleStmt has no title, or an empty one.");
}
