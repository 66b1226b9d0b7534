using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>
/// The segments of a document's texts by key, and which texts cover which key: a text covers a key when it has
/// the segment, or when a text it aligns with declares that segment one-sided (it then gets a gap in its place).
/// </summary>
public sealed class TextAlignment
{
    private readonly AuthoredDocument _document;
    private readonly Dictionary<DocumentText, Dictionary<string, Block>> _keys;

    private TextAlignment(AuthoredDocument document, Dictionary<DocumentText, Dictionary<string, Block>> keys)
    {
        _document = document;
        _keys = keys;
    }

    /// <summary>The first block of each key in each text (a key used twice is reported by the checker).</summary>
    public static TextAlignment Of(AuthoredDocument document)
    {
        var keys = new Dictionary<DocumentText, Dictionary<string, Block>>();
        foreach (var text in document.Texts)
        {
            var own = new Dictionary<string, Block>(StringComparer.Ordinal);
            foreach (var block in MarkupTree.Blocks(text.Blocks))
            {
                if (AlignmentChecker.KeyOf(block) is { } key)
                {
                    own.TryAdd(key, block);
                }
            }

            keys[text] = own;
        }

        return new TextAlignment(document, keys);
    }

    public IReadOnlyDictionary<string, Block> Keys(DocumentText text) => _keys[text];

    public bool Has(DocumentText text, string key) => _keys[text].ContainsKey(key);

    /// <summary>Whether the text has the segment or stands in for it with a gap.</summary>
    public bool Covers(DocumentText text, string key) => Has(text, key) || GapFor(text, key) is not null;

    /// <summary>The one-sided declaration a text that lacks the key answers with a gap; null when it has the key or none is declared.</summary>
    public OneSided? GapFor(DocumentText text, string key) => Has(text, key) ? null :
        _document.AlignedWith(text).Select(t => _keys[t].GetValueOrDefault(key)?.OneSided).FirstOrDefault(o => o is not null);

    /// <summary>
    /// The gaps a text holds, by the key of its segment they follow (null: before its first segment): each one-sided
    /// segment of an aligned text, after the nearest segment before it that this text has.
    /// </summary>
    public ILookup<string?, MissingSegment> Gaps(DocumentText text)
    {
        var gaps = new List<(string? Anchor, MissingSegment Gap)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in _document.AlignedWith(text))
        {
            string? anchor = null;
            foreach (var (key, block) in _keys[other])
            {
                if (block.OneSided is { } oneSided && !Has(text, key) && seen.Add(key))
                {
                    gaps.Add((anchor, new MissingSegment(key, oneSided, other)));
                }
                else if (Has(text, key))
                {
                    anchor = key;
                }
            }
        }

        return gaps.ToLookup(g => g.Anchor, g => g.Gap);
    }
}

/// <summary>A segment a text lacks by the author's declaration, and the text that has it.</summary>
public sealed record MissingSegment(string Key, OneSided OneSided, DocumentText Source);
