using System.Globalization;
using System.Text.RegularExpressions;
using Edition.Import.Wilson.Alignment;
using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Export;
using Edition.Import.Wilson.Layout;
using Edition.Import.Wilson.Names;
using Edition.Import.Wilson.Output;

namespace Edition.Import.Wilson;

/// <summary>Assembles the <see cref="ImportReport"/>: counts, links, and the list of things an editor must judge.</summary>
internal static partial class ImportReportBuilder
{
    public static ImportReport Build(
        ExportHeader header, CitationParseResult citation, IReadOnlyList<LayoutBlock> original, IReadOnlyList<LayoutBlock> translation,
        AlignmentResult alignment, IReadOnlyList<string> shared, IReadOnlyList<GazetteerEntry> used,
        AuthorityFile persons, AuthorityFile places, string documentId, string language)
    {
        static int Apparatus(IReadOnlyList<LayoutBlock> b) => b.Count(x => x.Kind is not (LayoutBlockKind.Body or LayoutBlockKind.PageBreak));
        string Link(GazetteerEntry e, AuthorityFile file) =>
            file.HasId(e.Id) ? $"{e.Id} (existing)"
            : e.Aliases.Count > 0 ? $"{e.Id} (new; aliases {string.Join(", ", e.Aliases)})"
            : $"{e.Id} (new)";
        return new ImportReport
        {
            DocumentId = documentId,
            Title = header.Title,
            Date = header.Date,
            Archives = citation.Archives.Select(Describe).ToList(),
            OriginalLanguage = language,
            OriginalBody = original.Count(b => b.Kind == LayoutBlockKind.Body),
            OriginalApparatus = Apparatus(original),
            TranslationBody = translation.Count(b => b.Kind == LayoutBlockKind.Body),
            TranslationApparatus = Apparatus(translation),
            AlignedPairs = alignment.Pairs,
            SharedApparatus = shared,
            Unaligned = alignment.Unaligned.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Language} {u.Key} (line {u.LineIndex + 1}): {u.Preview}")).ToList(),
            Persons = used.Where(e => e.Kind == "person").Select(e => Link(e, persons)).ToList(),
            Places = used.Where(e => e.Kind == "place").Select(e => Link(e, places)).ToList(),
        };
    }

    public static IEnumerable<string> Checks(
        IReadOnlyList<LayoutBlock> original, IReadOnlyList<LayoutBlock> translation, AlignmentResult alignment,
        IReadOnlyList<GazetteerEntry> local, GazetteerEntry? sender, GazetteerEntry? recipient, CitationParseResult citation)
    {
        foreach (var u in alignment.Unaligned)
        {
            yield return $"pair or remove the one-sided paragraph {{#{u.Key}}} ({u.Language}, line {u.LineIndex + 1}); the build reports it until then";
        }

        foreach (var w in alignment.LengthWarnings)
        {
            yield return w;
        }

        var body = original.Where(b => b.Kind == LayoutBlockKind.Body).ToList();
        var english = translation.Where(b => b.Kind == LayoutBlockKind.Body).ToDictionary(b => b.Key!, StringComparer.Ordinal);
        foreach (var b in body)
        {
            if (english.TryGetValue(b.Key!, out var en) && NumberCheck.Compare(b.Flat, en.Flat) is { } difference)
            {
                yield return $"{b.Key}: {difference} (a translation slip? consider {{app}} and a note)";
            }
        }

        var names = NameWords.Value;
        var abbreviations = original.Where(b => b.Kind != LayoutBlockKind.Table)
            .SelectMany(b => (b.Kind == LayoutBlockKind.Body ? Abbreviation() : StaffAbbreviation()).Matches(b.Flat).Select(m => m.Value))
            .Where(a => !names.Contains(a))
            .Distinct(StringComparer.Ordinal).ToList();
        if (abbreviations.Count > 0)
        {
            yield return $"abbreviations to expand with {{abbr: … | expan: …}}: {string.Join(", ", abbreviations)}";
        }

        if (local.Count > 0)
        {
            yield return $"persons named only in the apparatus, added unidentified: {string.Join(", ", local.Select(l => $"{l.Names.Values.First()} ({l.Id})"))}";
        }

        var missing = original.Count(b => b.Kind is LayoutBlockKind.Forme or LayoutBlockKind.Block or LayoutBlockKind.Table) - translation.Count(b => b.Kind is LayoutBlockKind.Forme or LayoutBlockKind.Block or LayoutBlockKind.Table);
        if (missing > 0 && translation.Count > 0) // a translation-only or original-only export leaves nothing out
        {
            yield return $"the translation leaves out {missing} apparatus blocks of the original (folios, stamps, dispatch notes): consider {{gap reason=untranslated}} with a note";
        }

        if (original.Any(b => b.Type is "registration" or "form"))
        {
            yield return "registration and form blocks are reproduced as exported; compare them with the scan ({unclear}, {sic})";
        }

        if (sender is null)
        {
            yield return "sender not identified: add sender.person to document.yml";
        }

        if (recipient is null)
        {
            yield return "recipient not identified: add recipient.person to document.yml";
        }

        foreach (var a in citation.Archives.Where(a => !a.IsKnownRepository))
        {
            yield return $"archive '{a.RepositoryAbbr}' unknown: complete country, settlement and repository in document.yml";
        }

        yield return "physical description (document.yml `physical`) is not in the export: add it from the scan";
    }

    /// <summary>Each word of every name the gazetteer knows, in capitals: "МАО" is Mao's name written in capitals, not an abbreviation.</summary>
    private static readonly Lazy<HashSet<string>> NameWords = new(() => Gazetteer.BuiltIn.Entries
        .SelectMany(e => e.Forms.Values.SelectMany(f => f).SelectMany(Gazetteer.Expand).Concat(e.Names.Values))
        .SelectMany(f => f.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        .Select(w => w.ToUpperInvariant())
        .ToHashSet(StringComparer.Ordinal));

    private static string Describe(ArchiveCitation a)
    {
        var parts = new[] { a.RepositoryAbbr, Part("f.", a.Fond), Part("op.", a.Opis), Part("p.", a.Papka), Part("d.", a.Delo), Part(a.Folios?.Contains('-', StringComparison.Ordinal) == true || a.Folios?.Contains(',', StringComparison.Ordinal) == true ? "ll." : "l.", a.Folios) };
        var where = a.Repository is null ? "unknown repository" : $"{a.Repository}, {a.Settlement}";
        return $"{string.Join(", ", parts.OfType<string>())} ({where})";
    }

    private static string? Part(string label, string? value) => value is null ? null : $"{label} {value}";

    /// <summary>Whether a word in capitals is a name the gazetteer knows (so not offered as an abbreviation).</summary>
    internal static bool IsKnownName(string word) => NameWords.Value.Contains(word.ToUpperInvariant());

    /// <summary>Short capitalised Cyrillic words (ГСМ, КПК) and the "Генштаб" family: the usual telegram abbreviations.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:[А-ЯЁ]{2,5}|[Гг][Ее][Нн][Шш][Тт][Аа][Бб]\p{L}*)(?!\p{L})")]
    private static partial Regex Abbreviation();

    /// <summary>In the apparatus, whose headers are all capitals, only the "Генштаб" family counts.</summary>
    [GeneratedRegex(@"(?<!\p{L})[Гг][Ее][Нн][Шш][Тт][Аа][Бб]\p{L}*(?!\p{L})")]
    private static partial Regex StaffAbbreviation();
}
