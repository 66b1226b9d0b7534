using System.Buffers;
using System.Text;

namespace Edition.Rendering.Search;

/// <summary>
/// Gathers a document's terms word by word, as <see cref="SearchText.Fold(string, bool)"/> would split its texts, without
/// a folded copy of each text: a text is cut at the characters that separate words on both of folding's paths (ASCII
/// other than letters and digits, no-break space, General Punctuation), and each piece between them is folded alone
/// (lower case for ASCII, the whole folding otherwise), which gives the same words because folding (case,
/// decomposition, composition) never reaches across those characters. A word costs a lookup of its span; only a new
/// word becomes a string.
/// </summary>
internal sealed class TermCollector
{
    /// <summary>Words longer than this are not indexed (no one types them; they are noise or encoded data).</summary>
    public const int LongestTerm = 60;

    private static readonly SearchValues<char> Separators = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(i => (char)i).Where(c => !char.IsAsciiLetterOrDigit(c)))
        + "\u00A0" + string.Concat(Enumerable.Range(0x2000, 0x70).Select(i => (char)i)));

    private static readonly SearchValues<char> Umlauts = SearchValues.Create("äöüÄÖÜ\u0308");

    // One collector per thread, its sets' capacity kept from document to document.
    [ThreadStatic]
    private static TermCollector? _perThread;

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _expandedLookup;

    private TermCollector()
    {
        _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _expandedLookup = _expanded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The terms of the texts, each once, in ordinal order.</summary>
    public static string[] Collect(IEnumerable<SearchSegment> segments)
    {
        var collector = _perThread ??= new TermCollector();
        try
        {
            foreach (var s in segments)
            {
                collector.AddText(s.Text);
            }

            var sorted = new string[collector._terms.Count];
            collector._terms.CopyTo(sorted);
            Array.Sort(sorted, StringComparer.Ordinal);
            return sorted;
        }
        finally
        {
            collector._terms.Clear();
            collector._expanded.Clear();
        }
    }

    private void AddText(string text)
    {
        // A text with an umlaut has all its words folded again with ae, oe, ue: an ASCII word is the same either way,
        // but other words may not be (ø with an accent composes to ǿ first, which is not a letter folding knows).
        var umlaut = text.AsSpan().ContainsAny(Umlauts);
        var rest = text.AsSpan();
        while (rest.IndexOfAnyExcept(Separators) is var start and >= 0)
        {
            rest = rest[start..];
            var length = rest.IndexOfAny(Separators);
            if (length < 0)
            {
                length = rest.Length;
            }

            AddPiece(rest[..length], umlaut);
            rest = rest[length..];
        }
    }

    /// <summary>A run of characters between separators: one ASCII word, or text whose folding may make several words.</summary>
    private void AddPiece(ReadOnlySpan<char> piece, bool umlaut)
    {
        if (Ascii.IsValid(piece))
        {
            if (piece.Length <= LongestTerm)
            {
                Span<char> word = stackalloc char[LongestTerm];
                Ascii.ToLower(piece, word, out var written);
                AddWord(word[..written]);
            }

            return;
        }

        var text = piece.ToString();
        var folded = SearchText.Fold(text);
        foreach (var range in folded.AsSpan().Split(' '))
        {
            AddWord(folded.AsSpan(range));
        }

        // A word with an umlaut is also found by its spelling with ae, oe, ue.
        if (umlaut)
        {
            var digraphs = SearchText.Fold(text, umlautDigraphs: true);
            foreach (var range in digraphs.AsSpan().Split(' '))
            {
                AddDigraphWord(digraphs.AsSpan(range));
            }
        }
    }

    /// <summary>A folded word with its other terms (its Latin spelling, its consonants), unless it came before.</summary>
    private void AddWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > LongestTerm || _expandedLookup.Contains(word))
        {
            return;
        }

        var text = word.ToString();
        _expanded.Add(text);
        SearchText.AddTerms(text, _terms);
    }

    private void AddDigraphWord(ReadOnlySpan<char> word)
    {
        if (!word.IsEmpty && word.Length <= LongestTerm)
        {
            _termLookup.Add(word);
        }
    }
}
