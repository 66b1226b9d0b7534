using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Core.Tests.Xml;

/// <summary>A prolog is read for what its DOCTYPE names and declares and for the root's name, fetching nothing and expanding little.</summary>
public sealed class XmlPrologTests
{
    [Fact]
    public void NamesTheDtdTheEntitiesOfTheInternalSubsetAndTheRoot()
    {
        var prolog = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE TEI.2 PUBLIC "-//TEI P4//DTD Main DTD Driver File//EN" "http://www.tei-c.org/Lite/DTD/teixlite.dtd" [
            <!ENTITY % TEI.XML "INCLUDE">
            <!ENTITY sender "Jane Doe">
            ]>
            <TEI.2><text/></TEI.2>
            """);

        var doctype = Assert.IsType<XmlDoctype>(prolog.Doctype);
        Assert.Equal(("TEI.2", "http://www.tei-c.org/Lite/DTD/teixlite.dtd", "-//TEI P4//DTD Main DTD Driver File//EN", 2), (doctype.Name, doctype.SystemId, doctype.PublicId, doctype.Line));
        Assert.True(doctype.NamesDtd);
        Assert.Equal(["sender"], doctype.DeclaredEntities);
        Assert.Equal((XName.Get("TEI.2"), 6, 2), (prolog.Root, prolog.RootLine, prolog.RootColumn));
    }

    [Fact]
    public void AParameterEntityBombInTheInternalSubsetIsCutShortAndTheRootStillNamed()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY % e{i} \"{string.Concat(Enumerable.Repeat($"%e{i - 1};", 10))}\">"));
        var prolog = Read($"<!DOCTYPE TEI [<!ENTITY % e0 \"lol\">{levels}]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");

        Assert.Null(prolog.Doctype);
        Assert.Equal(XName.Get("TEI", "http://www.tei-c.org/ns/1.0"), prolog.Root);
    }

    [Fact]
    public void NoDoctypeAndABrokenPrologGiveWhatTheyHave()
    {
        Assert.Equal((null, XName.Get("r")), (Read("<r/>").Doctype, Read("<r/>").Root));
        Assert.Null(Read("<?xml version=\"1.0\"?><").Root);
    }

    private static XmlProlog Read(string xml) => XmlProlog.Read(System.Text.Encoding.UTF8.GetBytes(xml));
}
