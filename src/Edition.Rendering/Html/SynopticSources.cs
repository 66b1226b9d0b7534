using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// What the synoptic view offers for a document: each text as written, then each witness the apparatus cites,
/// reconstructed from the text whose apparatus entries cite it most.
/// </summary>
internal static class SynopticSources
{
    /// <summary>The prefix of a reconstructed witness's token, which keeps it apart from a witness text's siglum.</summary>
    public const string ApparatusPrefix = "app-";

    public static IReadOnlyList<SynopticSource> Of(DocumentView d, IReadOnlyList<TextColumn> columns, Labels labels)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sources = d.Texts.Select((t, i) => new SynopticSource(Unique(HtmlText.Token(t.Siglum ?? t.Lang), used), columns[i].LanguageName, i, null)).ToList();
        var sigla = d.Witnesses.DistinctBy(w => w.Id, StringComparer.Ordinal).ToDictionary(w => w.Id, w => w.Siglum, StringComparer.Ordinal);
        var textOfApp = AppTexts(d);
        var cited = d.Apparatus
            .Where(a => textOfApp.ContainsKey(a.Id))
            .SelectMany(a => a.LemmaWitnesses.Concat(a.Readings.SelectMany(r => r.Witnesses)).Distinct(StringComparer.Ordinal).Select(w => (Witness: w, Text: textOfApp[a.Id])));
        foreach (var group in cited.GroupBy(c => WitnessToken(sigla.GetValueOrDefault(c.Witness) ?? c.Witness), StringComparer.Ordinal))
        {
            var text = group.GroupBy(c => c.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var label = $"{group.Key} ({labels.Get("synoptic_from_apparatus")})";
            sources.Add(new SynopticSource(Unique(ApparatusPrefix + group.Key, used), label, text, group.Key));
        }

        return sources;
    }

    /// <summary>A siglum as the readings' <c>data-wit</c> and the view's URL write it.</summary>
    public static string WitnessToken(string siglum) => HtmlText.Token(siglum);

    private static string Unique(string token, HashSet<string> used)
    {
        var name = token.Length == 0 ? "text" : token;
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{token}-{n}";
        }

        return name;
    }

    /// <summary>Each apparatus entry's text: the column whose blocks hold its place.</summary>
    private static Dictionary<string, int> AppTexts(DocumentView d)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < d.Texts.Count; i++)
        {
            foreach (var app in d.Texts[i].Blocks.SelectMany(Apps))
            {
                map.TryAdd(app.AppId, i);
            }
        }

        return map;
    }

    private static IEnumerable<AppNode> Apps(BlockView block) =>
        block.Inlines.Concat(block.Rows.SelectMany(r => r.SelectMany(c => c))).SelectMany(Apps).Concat(block.Children.SelectMany(Apps));

    private static IEnumerable<AppNode> Apps(InlineNode node) => node switch
    {
        AppNode a => [a],
        _ => Children(node).SelectMany(Apps),
    };

    private static IEnumerable<InlineNode> Children(InlineNode node) => node switch
    {
        StyledNode s => s.Children,
        EntityNode e => e.Children,
        ChoiceNode c => c.Original.Concat(c.Regular),
        SicNode s => s.Children,
        SuppliedNode s => s.Children,
        UnclearNode u => u.Children,
        DateNode d => d.Children,
        StampNode s => s.Children,
        LinkNode l => l.Children,
        ElementNode e => e.Children,
        _ => [],
    };
}
