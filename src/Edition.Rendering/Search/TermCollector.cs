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

    /// <summary>Each run of characters between separators, told apart as it is scanned: ASCII (one word) or not.</summary>
    private void AddText(string text)
    {
        // Known only when a piece is not ASCII, the one kind whose digraph spelling may differ.
        bool? umlaut = null;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            var start = i;
            var ascii = true;
            for (; i < text.Length && !IsSeparator(text[i]); i++)
            {
                ascii &= char.IsAscii(text[i]);
            }

            if (i == start)
            {
                break;
            }

            if (ascii)
            {
                AddAsciiWord(text.AsSpan(start, i - start));
            }
            else
            {
                // A text with an umlaut has all its words folded again with ae, oe, ue: an ASCII word is the same either
                // way, but other words may not be (ø with an accent composes to ǿ first, which is not a letter folding knows).
                umlaut ??= text.AsSpan().ContainsAny(Umlauts);
                AddPiece(text.Substring(start, i - start), umlaut.Value);
            }
        }
    }

    /// <summary>A character that ends a word on both of folding's paths.</summary>
    private static bool IsSeparator(char c) => char.IsAscii(c) ? !char.IsAsciiLetterOrDigit(c) : c == '\u00A0' || c is >= '\u2000' and <= '\u206F';

    /// <summary>An ASCII word is its only term (it has no other spelling), so it goes straight into the terms.</summary>
    private void AddAsciiWord(ReadOnlySpan<char> piece)
    {
        if (piece.Length <= LongestTerm)
        {
            Span<char> word = stackalloc char[LongestTerm];
            Ascii.ToLower(piece, word, out var written);
            _termLookup.Add(word[..written]);
        }
    }

    /// <summary>Text between separators with letters outside ASCII, whose folding may make several words.</summary>
    private void AddPiece(string piece, bool umlaut)
    {
        var folded = SearchText.Fold(piece);
        foreach (var range in folded.AsSpan().Split(' '))
        {
            AddWord(folded.AsSpan(range));
        }

        // A word with an umlaut is also found by its spelling with ae, oe, ue.
        if (umlaut)
        {
            var digraphs = SearchText.Fold(piece, umlautDigraphs: true);
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
