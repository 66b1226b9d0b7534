using Edition.Core.Xml;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>
/// What a TEI file's texts hold that the reader renders generically or leaves out is counted, by name, with the
/// first place; what it reads by a rule of its own is not; and Edition's own TEI holds nothing of either.
/// </summary>
public sealed class ReadingReportTests
{
    [Fact]
    public void CountsGenericAndOmittedElementsByNameWithTheirFirstPlace()
    {
        var report = Report("""
            <p>A <seg>first</seg> and <seg>second</seg> segment<index><term>Index</term></index>.</p>
            <p>A <persName ref="#x">name</persName>, a <choice><sic>teh</sic><corr>the</corr></choice>.<milestone unit="section"/></p>
            <blort>An unknown block.</blort>
            """);

        Assert.Equal([new ElementCount("seg", 2, 5, 7), new ElementCount("blort", 1, 7, 2)], report.Generic);
        Assert.Equal([new ElementCount("index", 1, 5, 53), new ElementCount("milestone", 1, 6, 93)], report.Omitted);
    }

    [Fact]
    public void WhatTheReaderDoesNotReachIsLeftOut()
    {
        // An apparatus entry reads its lemma and readings, not a reading group; a table its rows and cells.
        var report = Report("""
            <p>Text <app><lem>one</lem><rdgGrp><rdg>two</rdg></rdgGrp></app>.</p>
            <table><row><cell>a</cell></row><note>A note beside the rows.</note></table>
            """);

        Assert.Empty(report.Generic);
        Assert.Equal(["rdgGrp", "note"], report.Omitted.Select(c => c.Name));
    }

    [Fact]
    public void DivisionsThatOnlyFrameTheDocumentsOfAVolumeAreNotCountedAndTheirHeadsAreTheirPages()
    {
        var report = Report("""
            <div type="chapter"><head>Chapter I</head>
              <div type="document" xml:id="d1"><head>One</head><p>Text.</p></div>
              <div type="document" xml:id="d2"><head>Two</head><p>Text.</p></div>
            </div>
            """);

        // The chapter is a page of the volume (its head is that page's title), so nothing of it is left out.
        Assert.Empty(report.Generic);
        Assert.Empty(report.Omitted);
    }

    [Fact]
    public void AnotherVocabularysElementIsNamedWithItsPrefixAndMathMlIsKnown()
    {
        var report = Report("""
            <p>See <frus:note xmlns:frus="http://history.state.gov/frus/ns/1.0">this</frus:note> and
            <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>, <value-of xmlns="http://www.w3.org/1999/XSL/Transform">y</value-of>
            and <z xmlns="urn:example:z">z</z>.</p>
            """);

        Assert.Equal(["frus:note", "xsl:value-of", "{urn:example:z}z"], report.Generic.Select(c => c.Name));
        Assert.Empty(report.Omitted);
    }

    [Fact]
    public void EditionsOwnTeiHoldsNothingRenderedGenericallyOrLeftOut()
    {
        var (_, tei) = SampleEdition.Encode();
        foreach (var file in tei.Where(t => t.FileName is not (TeiIds.PersonsFile or TeiIds.PlacesFile)))
        {
            var report = TeiFileReader.Read(file).Report;
            Assert.True(report.IsEmpty, $"{file.FileName}: generic {string.Join(", ", report.Generic)}; omitted {string.Join(", ", report.Omitted)}");
        }
    }

    private static ReadingReport Report(string body)
    {
        var text = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
              <text><body>
            {body}
              </body></text>
            </TEI>
            """;
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return TeiFileReader.Read(new EncodedDocument("t", "t.xml", SafeXml.Load(new MemoryStream(bytes)), null, bytes)).Report;
    }
}
