using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>What reading one document collects as it goes: notes and apparatus entries, numbered in reading order, and the names it meets.</summary>
internal sealed class ReadingContext
{
    public List<NoteView> Notes { get; } = [];

    public List<ApparatusView> Apparatus { get; } = [];

    public SortedSet<string> Persons { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>(entity kind, id, segment id, lang, form) for the edition's indices.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>The id of the block being read, so notes and names know their segment.</summary>
    public string? CurrentSegment { get; set; }

    public int NextAnonymous { get; set; } = 1;

    /// <summary>Counterparts a <c>linkGrp</c> of type translation declares, by id (<see cref="TranslationLinks"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TranslationLinks { get; init; } = Reading.TranslationLinks.None;

    /// <summary>The hands the file's header describes, for hand shifts and changes that name one.</summary>
    public HandNotes Hands { get; } = new();

    /// <summary>How each element met was treated, for the file's <see cref="ReadingReport"/>.</summary>
    public ElementLedger Ledger { get; } = new();
}
