using System.Xml;
using System.Xml.Linq;

namespace Edition.RelaxNg.Tests;

/// <summary>James Clark's RELAX NG test suite (<c>../shared/relaxng/spectest.xml</c>), read once.</summary>
internal static class SpecTestSuite
{
    private static readonly Lazy<IReadOnlyDictionary<string, XElement>> CasesLazy = new(Load);

    public static IReadOnlyDictionary<string, XElement> Cases => CasesLazy.Value;

    /// <summary>Case ids ("001 §3"); empty (one placeholder row) when the shared folder is absent.</summary>
    public static IEnumerable<string> Ids()
    {
        var path = Path.GetFullPath(Path.Combine(SharedData.Root, "..", "shared", "relaxng", "spectest.xml"));
        if (!File.Exists(path))
        {
            return ["(spectest.xml missing)"];
        }

        return Cases.Keys;
    }

    private static IReadOnlyDictionary<string, XElement> Load()
    {
        var path = SharedData.File("relaxng", "spectest.xml");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var doc = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        var cases = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var n = 0;
        foreach (var testCase in doc.Descendants("testCase"))
        {
            var section = testCase.Element("section")?.Value ?? testCase.Ancestors("testSuite").Select(s => s.Element("section")?.Value).FirstOrDefault(s => s is not null) ?? "?";
            var line = ((IXmlLineInfo)testCase).LineNumber;
            cases[$"{++n:000} §{section} (line {line})"] = testCase;
        }

        return cases;
    }
}
