namespace Edition.Import.Wilson.Inline;

/// <summary>
/// The replacements of one line, none overlapping: one that overlaps a span already taken is dropped, so an earlier
/// rule wins. Each rule offers its spans in ascending order (they are a regex's matches), so a span is checked by a
/// binary search among the earlier rules' spans and a look at the rule's own last one: a paragraph with a hundred
/// thousand names costs that many searches, not the square of it.
/// </summary>
internal sealed class AnnotationSpans
{
    private List<(int Start, int Length, string Source)> _taken = [];
    private List<(int Start, int Length, string Source)> _rule = [];

    /// <summary>The spans taken, in order of their start.</summary>
    public IReadOnlyList<(int Start, int Length, string Source)> InOrder
    {
        get
        {
            EndRule();
            return _taken;
        }
    }

    /// <summary>Always adds (the first rule's spans, the translator's brackets, never overlap).</summary>
    public void Add(int start, int length, string source) => _rule.Add((start, length, source));

    public void TryAdd(int start, int length, string source)
    {
        var overlapsRule = _rule.Count > 0 && _rule[^1].Start + _rule[^1].Length > start;
        if (!overlapsRule && !OverlapsTaken(start, length))
        {
            _rule.Add((start, length, source));
        }
    }

    /// <summary>The current rule's spans join the taken ones, in order.</summary>
    public void EndRule()
    {
        if (_rule.Count == 0)
        {
            return;
        }

        if (_taken.Count == 0)
        {
            (_taken, _rule) = (_rule, _taken);
            return;
        }

        var merged = new List<(int Start, int Length, string Source)>(_taken.Count + _rule.Count);
        var (t, r) = (0, 0);
        while (t < _taken.Count || r < _rule.Count)
        {
            merged.Add(r == _rule.Count || (t < _taken.Count && _taken[t].Start <= _rule[r].Start) ? _taken[t++] : _rule[r++]);
        }

        _taken = merged;
        _rule.Clear();
    }

    private bool OverlapsTaken(int start, int length)
    {
        // The first taken span starting at or after `start`, and the one before it, are the only ones that can overlap.
        var (lo, hi) = (0, _taken.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = _taken[mid].Start < start ? (mid + 1, hi) : (lo, mid);
        }

        return (lo < _taken.Count && _taken[lo].Start < start + length)
            || (lo > 0 && _taken[lo - 1].Start + _taken[lo - 1].Length > start);
    }
}
