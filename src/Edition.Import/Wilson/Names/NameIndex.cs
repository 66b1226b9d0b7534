using System.Text.RegularExpressions;

namespace Edition.Import.Wilson.Names;

/// <summary>
/// Finds gazetteer names in one language's text. A form matches as a whole word (no letter on either side),
/// so "Korea" does not match in "Korean" nor "Пекин" in "Пекинский". Records which entries were used, in order
/// of first use, so the authority files grow deterministically.
/// </summary>
internal sealed class NameIndex
{
    private readonly IReadOnlyList<(string Form, GazetteerEntry Entry)> _forms;
    private readonly Regex _pattern;
    private readonly Dictionary<string, GazetteerEntry> _byForm;
    private readonly List<GazetteerEntry> _used;

    /// <param name="used">Shared by the indexes of both languages: entries in order of first use.</param>
    public NameIndex(IEnumerable<(string Form, GazetteerEntry Entry)> forms, List<GazetteerEntry> used)
    {
        _used = used;
        _forms = forms.OrderByDescending(f => f.Form.Length).ThenBy(f => f.Form, StringComparer.Ordinal).ToList();
        _byForm = _forms.GroupBy(f => f.Form, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Entry, StringComparer.Ordinal);
        var alternatives = string.Join('|', _forms.Select(f => Regex.Escape(f.Form)));
        _pattern = new Regex(_forms.Count == 0 ? "(?!)" : $@"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})", RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<GazetteerEntry> Used => _used;

    public IEnumerable<NameHit> Find(string text) =>
        _pattern.Matches(text).Select(m => new NameHit(m.Index, m.Length, _byForm[m.Value]));

    /// <summary>An entry whose form is exactly <paramref name="text"/> (a letter-spaced name, once collapsed).</summary>
    public GazetteerEntry? Exact(string text) => _byForm.GetValueOrDefault(text);

    public void MarkUsed(GazetteerEntry entry)
    {
        if (!_used.Contains(entry))
        {
            _used.Add(entry);
        }
    }
}
