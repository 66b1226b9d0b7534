using System.Xml;
using Edition.Core.Xml;
using Edition.TestSupport;
using Edition.TestSupport.Fuzzing;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Xunit.Abstractions;

namespace Edition.Tei.Tests.Fuzz;

/// <summary>
/// Mutated TEI-in files read as a build reads them: their prolog read, parsed safely (an XmlException is the build's ED1201), then read
/// into the document views. The reader must take any well-formed TEI: with validation off, nothing else stands
/// between a file and it, so an exception out of the reader would be an internal error.
/// </summary>
public sealed class TeiReadingFuzzTests(ITestOutputHelper output)
{
    private static string Regressions => Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Fuzz", "regressions", "tei-reading");

    public static IEnumerable<object[]> RegressionCases() => FuzzRegressions.Cases(Regressions);

    [Trait("Speed", "Slow")]
    [Fact]
    public void MutatedTeiIsReadOrRefusedAsNotWellFormed() =>
        FuzzRunner.Run("tei-reading", TeiSeeds.All(), FuzzDictionary.Xml, Read, xmlNames: TeiNames).AssertNoFailures(output);

    /// <summary>Names the reader has rules for (and a few it has not), for the tree mutations.</summary>
    private static readonly string[] TeiNames =
    [
        "div", "p", "ab", "head", "note", "app", "lem", "rdg", "persName", "placeName", "date", "pb", "lb", "hi", "ref", "ptr", "seg", "table",
        "row", "cell", "list", "item", "label", "witness", "listWit", "sic", "corr", "choice", "unclear", "gap", "del", "add", "opener", "closer",
        "signed", "quote", "foreign", "term", "stamp", "fw", "milestone", "anchor", "title", "type", "n", "when", "wit", "target", "corresp", "rend",
        "who", "unknownElement",
    ];

    [SkippableTheory]
    [MemberData(nameof(RegressionCases))]
    public void RegressionCase(string file) => FuzzRegressions.Replay(Regressions, file, Read);

    private static void Read(byte[] input)
    {
        // The prolog (DOCTYPE, root) is read before the file, on every build: it must take any bytes.
        XmlProlog.Read(input);
        System.Xml.Linq.XDocument tei;
        try
        {
            tei = SafeXml.Load(new MemoryStream(input, writable: false));
        }
        catch (XmlException)
        {
            return;
        }

        EditionReader.ReadFile(new EncodedDocument("fuzz", "fuzz.xml", tei, null, input));
    }
}
