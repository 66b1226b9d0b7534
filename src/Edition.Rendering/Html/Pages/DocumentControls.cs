using Edition.Rendering.Html.Models;

namespace Edition.Rendering.Html.Pages;

/// <summary>The reader's switches of a document page (<c>document.sbn</c>'s <c>controls</c>: view, synoptic columns, mode), compiled.</summary>
internal static class DocumentControls
{
    // The synoptic view sets at most this many sources side by side.
    private const int SynopticColumns = 4;

    public static void Write(PageWriter w, DocumentPageView d)
    {
        ViewSwitch(w, d.Columns);
        SynopticSwitch(w, d.Synoptic);
        w.Raw("      <fieldset class=\"mode-switch\">\n        <legend>").Label("mode").Raw("</legend>\n        <input type=\"radio\" name=\"mode\" id=\"mode-read\" value=\"reading\" checked><label for=\"mode-read\">").Label("mode_reading")
            .Raw("</label>\n        <input type=\"radio\" name=\"mode\" id=\"mode-dipl\" value=\"diplomatic\"><label for=\"mode-dipl\">").Label("mode_diplomatic").Raw("</label>\n      </fieldset>\n    </div>\n");
    }

    private static void ViewSwitch(PageWriter w, IReadOnlyList<TextColumn> columns)
    {
        if (columns.Count > 1)
        {
            w.Raw("\n      <fieldset class=\"view-switch\">\n        <legend>").Label("view").Raw("</legend>\n        <input type=\"radio\" name=\"view\" id=\"view-parallel\" value=\"parallel\" checked><label for=\"view-parallel\">").Label("view_parallel").Raw("</label>\n");
            foreach (var c in columns)
            {
                w.Raw("\n        <input type=\"radio\" name=\"view\" id=\"view-").Text(c.Index).Raw("\" value=\"").Text(c.Index).Raw("\"><label for=\"view-").Text(c.Index).Raw("\">").Text(w.Labels.Format("view_only", c.LanguageName)).Raw("</label>\n");
            }

            w.Raw("\n      </fieldset>\n");
        }

        w.Raw("\n");
    }

    private static void SynopticSwitch(PageWriter w, IReadOnlyList<SynopticSource> synoptic)
    {
        if (synoptic.Count > 2)
        {
            w.Raw("\n      <fieldset class=\"synoptic-switch\" hidden>\n        <legend>").Label("synoptic").Raw("</legend>\n\n");
            for (var n = 1; n <= Math.Min(synoptic.Count, SynopticColumns); n++)
            {
                SynopticColumn(w, synoptic, n);
            }

            w.Raw("\n      </fieldset>\n");
        }

        w.Raw("\n");
    }

    private static void SynopticColumn(PageWriter w, IReadOnlyList<SynopticSource> synoptic, int n)
    {
        w.Raw("\n        <span class=\"syn-pick\"><label for=\"syn-col-").Text(n).Raw("\">").Label("synoptic_column").Raw(" ").Text(n).Raw("</label>\n        <select id=\"syn-col-").Text(n).Raw("\" class=\"syn-col\">\n");
        if (n > 2)
        {
            w.Raw("\n          <option value=\"\">").Label("synoptic_none").Raw("</option>\n");
        }

        w.Raw("\n");
        for (var i = 0; i < synoptic.Count; i++)
        {
            var s = synoptic[i];
            w.Raw("\n          <option value=\"").Text(s.Token).Raw("\" data-cell=\"").Text(s.Cell).Raw("\"");
            if (s.Witness is not null)
            {
                w.Raw(" data-wit=\"").Text(s.Witness).Raw("\"");
            }

            w.Raw(i == n - 1 && n <= 2 ? " selected" : "").Raw(">").Text(s.Label).Raw("</option>\n");
        }

        w.Raw("\n        </select></span>\n");
    }
}
