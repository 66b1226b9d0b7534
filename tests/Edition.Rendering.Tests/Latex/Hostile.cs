using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Tests.Latex;

/// <summary>A small edition whose every text field carries every LaTeX special character.</summary>
internal static class Hostile
{
    /// <summary>All of TeX's specials, makeindex's (! @ | "), the ligature makers (-- `` '') and brackets.</summary>
    public const string Text = @"50% of $5 & #1 under_score ^caret ~tilde \back {brace} <lt> >gt| ""dq"" 'sq' `bq` [br] -- !@ end";

    public static EditionView Edition()
    {
        var note = new NoteView("d1-en-n1", 1, "en", "editorial", [new TextNode("Note: " + Text + " 毛泽东")], "d1-en-p1");
        var app = new ApparatusView("d1-en-app1", 1, "en", [new TextNode("lemma & co")], [], [new ReadingView(["d1-wit-W"], [new TextNode("reading 100%")])], "d1-en-p1");
        var ru = new BlockView
        {
            Kind = "p", Id = "d1-ru-p1", Key = "p1", Lang = "ru",
            Inlines = [new TextNode("Русский текст: " + Text + " "), new EntityNode("person", "p-x", [new TextNode("Имя")])],
        };
        var en = new BlockView
        {
            Kind = "p", Id = "d1-en-p1", Key = "p1", Lang = "en",
            Inlines =
            [
                new TextNode("English text: " + Text + " "),
                new EntityNode("person", "p-x", [new TextNode("Name")]),
                new NoteRefNode("d1-en-n1", 1),
                new TextNode(" and "),
                new AppNode("d1-en-app1", 1, [new TextNode("lemma & co")]),
                new TextNode(" "),
                new SuppliedNode([new TextNode("supplied_1")], null, null),
            ],
        };
        var document = new DocumentView
        {
            Id = "d1",
            TeiFile = "d1.xml",
            Title = "Title: " + Text,
            Date = "1951-06-21",
            Summary = "Summary: " + Text,
            Archive = new ArchiveView { Repository = "Archive & Co", RepositoryAbbr = "A&C", Shelfmark = "f. 1_2" },
            Witnesses = [new WitnessView("d1-wit-W", "W_1", "Witness #1")],
            Texts = [new TextView("original", "ru", "Russian", [ru]), new TextView("translation", "en", "English", [en])],
            Rows = [new SegmentRow("p1", [ru, en])],
            Notes = [note],
            Apparatus = [app],
        };
        return new EditionView
        {
            Id = "hostile",
            Title = "Edition: " + Text,
            Subtitle = "Subtitle: " + Text,
            Editors = [new("Editor " + Text, "role " + Text)],
            Licence = "Licence " + Text,
            LicenceUrl = "https://example.org/l_1%20#x",
            Introduction = "Introduction: " + Text.Replace("`", "", StringComparison.Ordinal),
            Documents = [document],
            Persons = [new EntryView { Id = "p-x", Kind = "person", Name = "Person " + Text }],
        };
    }
}
