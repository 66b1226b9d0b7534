using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>
/// A manuscript's own changes read from TEI-in: deletions, additions, substitutions, hand shifts (described by the
/// header's handNote), damage, spaces, restorations and retracings, each as its own node, nothing generic.
/// </summary>
public sealed class ManuscriptChangeReaderTests
{
    [Fact]
    public void DeletionsAndAdditionsKeepHowAndWhereAndWhoseHand()
    {
        var p = Read("""<p>came <del rend="overwritten" hand="#h2">yesterday</del> <add place="above">today</add>.</p>""");
        var deletion = Assert.IsType<DeletionNode>(p[1]);
        Assert.Equal(("overwritten", "A second hand, in pencil"), (deletion.Rend, deletion.Hand));
        Assert.Equal("yesterday", Assert.IsType<TextNode>(Assert.Single(deletion.Children)).Text);
        var addition = Assert.IsType<AdditionNode>(p[3]);
        Assert.Equal(("above", null), (addition.Place, addition.Hand));
    }

    [Fact]
    public void ASubstitutionHoldsItsDeletionAndAddition()
    {
        var subst = Assert.IsType<SubstitutionNode>(Assert.Single(Read("""<p><subst><del>glad</del><add>relieved</add></subst></p>""")));
        Assert.IsType<DeletionNode>(subst.Children[0]);
        Assert.IsType<AdditionNode>(subst.Children[1]);
    }

    [Fact]
    public void AHandShiftIsDescribedByItsHandNoteOrNamedByItsPointer()
    {
        var p = Read("""<p>Yours. <handShift new="#h2"/>Read. <handShift new="#nowhere"/></p>""");
        Assert.Equal(new HandShiftNode("h2", "A second hand, in pencil"), p[1]);
        Assert.Equal(new HandShiftNode("nowhere", "nowhere"), p[3]);
    }

    [Fact]
    public void DamageSpaceRestoreAndRetraceAreRead()
    {
        var p = Read("""<p><damage agent="water" extent="a word">wet</damage> <space quantity="6" unit="chars"/> <restore><del>stet</del></restore> <retrace>again</retrace></p>""");
        Assert.Equal(("water", "a word"), (Assert.IsType<DamageNode>(p[0]).Agent, ((DamageNode)p[0]).Extent));
        Assert.Equal(new SpaceNode("6", "chars", null), p[2]);
        Assert.IsType<DeletionNode>(Assert.Single(Assert.IsType<RestoreNode>(p[4]).Children));
        Assert.IsType<RetraceNode>(p[6]);
    }

    [Fact]
    public void TheReadingTextLeavesDeletionsOutUnlessRestored()
    {
        var p = Read("""<p>a <del>b</del><add>c</add> <restore><del>d</del></restore></p>""");
        var reading = p.SelectMany(n => ManuscriptChange.ReadingChildren(n) ?? [n]).OfType<TextNode>().Select(t => t.Text);
        Assert.Equal(["a ", "c", " ", "d"], reading);
    }

    private static IReadOnlyList<InlineNode> Read(string paragraph)
    {
        var project = Directory.CreateTempSubdirectory("edition-changes-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), "id: changes\ntitle: \"Changes\"\nlanguages: [en]\n");
            File.WriteAllText(Path.Combine(project, "documents", "changes.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="changes">
                  <teiHeader><fileDesc><titleStmt><title>Changes</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc>
                    <profileDesc><handNotes><handNote xml:id="h1">The writer's hand</handNote><handNote xml:id="h2">A second hand, in pencil</handNote></handNotes></profileDesc></teiHeader>
                  <text><body><div>{paragraph}</div></body></text>
                </TEI>
                """);
            var reading = ProjectReader.Read(project);
            var document = Assert.Single(reading.View.Documents);
            return Assert.Single(Assert.Single(Assert.Single(document.Texts).Blocks).Children).Inlines;
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
