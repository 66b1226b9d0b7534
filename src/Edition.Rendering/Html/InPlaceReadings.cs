using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// An apparatus entry's readings written beside its lemma in the text, hidden (<c>&lt;span class="rdg-in"
/// data-wit="B" hidden&gt;</c>): the synoptic view shows a witness's reading in place of the lemma by toggling
/// them, so a witness is reconstructed without writing its text twice. Readings are rendered by a renderer of
/// their own, so they add no back-links to the notes they may hold.
/// </summary>
internal sealed class InPlaceReadings(IReadOnlyList<ApparatusView> apparatus, IReadOnlyList<WitnessView> witnesses, InlineHtmlRenderer readings)
{
    private readonly Dictionary<string, ApparatusView> _entries = apparatus.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, string> _sigla = witnesses.DistinctBy(w => w.Id, StringComparer.Ordinal).ToDictionary(w => w.Id, w => w.Siglum, StringComparer.Ordinal);

    /// <summary>The readings of the entry, or an empty string when it has none (or is unknown).</summary>
    public string For(string appId)
    {
        if (!_entries.TryGetValue(appId, out var entry))
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var reading in entry.Readings.Where(r => r.Witnesses.Count > 0))
        {
            var wit = string.Join(' ', reading.Witnesses.Select(w => SynopticSources.WitnessToken(_sigla.GetValueOrDefault(w) ?? w)));
            var omitted = reading.Content.Count == 0 ? " om" : "";
            sb.Append($"<span class=\"rdg-in{omitted}\" data-wit=\"{HtmlText.Escape(wit)}\" hidden>{readings.Render(reading.Content).Value}</span>");
        }

        return sb.ToString();
    }
}
