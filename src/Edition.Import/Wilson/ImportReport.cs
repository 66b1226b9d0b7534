using System.Globalization;
using System.Text;

namespace Edition.Import.Wilson;

/// <summary>What an import recognised, what it could not align and what the editor should check; <see cref="ToText"/> prints it.</summary>
public sealed record ImportReport
{
    public static ImportReport Empty { get; } = new();

    public string? DocumentId { get; init; }

    public string? Title { get; init; }

    public string? Date { get; init; }

    /// <summary>Each cited holding, e.g. "APRF, f. 45, op. 1, d. 339, ll. 64-65 (Archive of the President …, Moscow)".</summary>
    public IReadOnlyList<string> Archives { get; init; } = [];

    public string OriginalLanguage { get; init; } = "";

    public int OriginalBody { get; init; }

    public int OriginalApparatus { get; init; }

    public int TranslationBody { get; init; }

    public int TranslationApparatus { get; init; }

    public int AlignedPairs { get; init; }

    /// <summary>Apparatus keys present in both languages (header, telegram, received…).</summary>
    public IReadOnlyList<string> SharedApparatus { get; init; } = [];

    /// <summary>"en p3-2-en (line 120): I already sent…": one-sided keys the editor must resolve.</summary>
    public IReadOnlyList<string> Unaligned { get; init; } = [];

    /// <summary>"stalin (new; aliases Filippov, Филиппов)" or "gao-gang (existing)".</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    public IReadOnlyList<string> Places { get; init; } = [];

    public int SuppliedInsertions { get; init; }

    public IReadOnlyList<string> Checks { get; init; } = [];

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Imported \"{Title}\" ({Date}) into documents/{DocumentId}/\n");
        foreach (var a in Archives)
        {
            sb.Append("  archive      ").Append(a).Append('\n');
        }

        sb.Append("  original     ").Append(Side(OriginalLanguage, OriginalBody, OriginalApparatus, "translation only")).Append('\n');
        sb.Append("  translation  ").Append(Side("en", TranslationBody, TranslationApparatus, "original only")).Append('\n');
        sb.Append("  aligned      ").Append(IsOneSided
            ? "nothing to align (one text)"
            : string.Create(c, $"{AlignedPairs} paragraph pairs; apparatus shared: {List(SharedApparatus)}")).Append('\n');
        sb.Append("  unaligned    ").Append(List(Unaligned)).Append('\n');
        sb.Append("  persons      ").Append(List(Persons)).Append('\n');
        sb.Append("  places       ").Append(List(Places)).Append('\n');
        sb.Append(c, $"  supplied     {SuppliedInsertions} bracketed insertions of the translation marked {{supplied resp=WCDA}}\n");
        sb.Append("Check:\n");
        foreach (var check in Checks)
        {
            sb.Append("  - ").Append(check).Append('\n');
        }

        if (Checks.Count == 0)
        {
            sb.Append("  (nothing flagged)\n");
        }

        return sb.ToString();
    }

    /// <summary>Whether the export held one text only (a translation of a scan, or an untranslated original).</summary>
    public bool IsOneSided => OriginalBody + OriginalApparatus == 0 || TranslationBody + TranslationApparatus == 0;

    /// <summary>"ru: 4 body paragraphs, 6 apparatus blocks", or "none in the export (translation only)".</summary>
    private static string Side(string language, int body, int apparatus, string shape) =>
        body + apparatus == 0
            ? $"none in the export ({shape})"
            : string.Create(CultureInfo.InvariantCulture, $"{language}: {Count(body, "body paragraph")}, {Count(apparatus, "apparatus block")}");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
