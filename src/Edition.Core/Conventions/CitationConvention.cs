using System.Text.Json.Serialization;

namespace Edition.Core.Conventions;

/// <summary>
/// A scholarly tradition's forms, as data (<c>templates/conventions/NAME.json</c>): how a holding is cited, how a
/// date is written, how names are ordered. Chosen per holding by its archive's country or an explicit <c>convention:</c>.
/// </summary>
public sealed record CitationConvention
{
    /// <summary>The file's name without <c>.json</c> ("ru", "de"…), set when the file is loaded.</summary>
    [JsonIgnore]
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The archive countries (as document.yml's <c>country:</c> spells them) that cite this way.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The .NET culture whose month names and collation the tradition uses.</summary>
    public string Culture { get; init; } = "en-GB";

    /// <summary>The short citation's labels: fond, opis, papka, delo (the holding's levels, outermost first), folio, folios, page, pages.</summary>
    public IReadOnlyDictionary<string, string> Short { get; init; } = new Dictionary<string, string>();

    /// <summary>The same labels spelled out, by UI language (a language not given reads "en", then the short labels).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Long { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>What a folio's "r" and "v" are written as after its number.</summary>
    public string Recto { get; init; } = "r";
    public string Verso { get; init; } = "v";

    public DateConvention Date { get; init; } = new();
    public NameConvention Names { get; init; } = new();
}

/// <summary>A date's patterns (<c>{day}</c>, <c>{month}</c>, <c>{year}</c>); month names from the culture unless given.</summary>
public sealed record DateConvention
{
    public string Day { get; init; } = "{day} {month} {year}";
    public string Month { get; init; } = "{month} {year}";

    /// <summary>Month names in a full date (genitive where the language declines them); null: the culture's.</summary>
    public IReadOnlyList<string>? Months { get; init; }

    /// <summary>Month names standing alone (with a year only); null: the culture's.</summary>
    [JsonPropertyName("standalone_months")]
    public IReadOnlyList<string>? StandaloneMonths { get; init; }

    /// <summary>How the first day of a month is written where usage differs from "1" (French "1er").</summary>
    [JsonPropertyName("first_day")]
    public string? FirstDay { get; init; }
}

/// <summary>How names are ordered: "given-first" (sorted under the surname, the last word) or "family-first" (as written).</summary>
public sealed record NameConvention
{
    public string Order { get; init; } = "given-first";

    /// <summary>Lower-case particles before a surname ("von", "de"), kept with the given names in the sort key.</summary>
    public IReadOnlyList<string> Particles { get; init; } = [];
}
