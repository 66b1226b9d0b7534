using System.Xml;
using System.Xml.Linq;
using Edition.TestSupport.Fuzzing;
using Xunit.Abstractions;

namespace Edition.RelaxNg.Tests.Fuzz;

/// <summary>
/// Mutated RELAX NG schemas (XML syntax; the compact syntax has CompactSchemaFuzzTests) loaded as <c>--schema</c> loads them, from a
/// file: the only outcomes are a schema (which then validates a small document without failing) or a
/// <see cref="RelaxNgSchemaException"/>, the documented refusal every caller turns into diagnostics.
/// </summary>
public sealed class RelaxNgSchemaFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] RngNames =
    [
        "element", "attribute", "group", "interleave", "choice", "optional", "zeroOrMore", "oneOrMore", "list", "mixed", "ref", "parentRef", "empty",
        "text", "value", "data", "notAllowed", "externalRef", "grammar", "param", "except", "div", "include", "start", "define", "name", "anyName",
        "nsName", "combine", "ns", "href", "datatypeLibrary", "type",
    ];

    private readonly TempFolder _folder = new();

    private static string Regressions => Path.Combine(SharedData.Root, "tests", "Edition.RelaxNg.Tests", "Fuzz", "regressions", "relaxng-schema");

    public static IEnumerable<object[]> RegressionCases() => FuzzRegressions.Cases(Regressions);

    [Trait("Speed", "Slow")]
    [Fact]
    public void MutatedSchemasLoadOrAreRefused() =>
        FuzzRunner.Run("relaxng-schema", Seeds(), FuzzDictionary.RelaxNg, Load, xmlNames: RngNames).AssertNoFailures(output);

    [SkippableTheory]
    [MemberData(nameof(RegressionCases))]
    public void RegressionCase(string file) => FuzzRegressions.Replay(Regressions, file, Load);

    private void Load(byte[] input) => FuzzedSchema.LoadAndValidate(_folder.Path, "fuzz.rng", input);

    /// <summary>The correct and incorrect schemas of James Clark's test suite (when ../shared is there), and edition.rng cut to its first definitions.</summary>
    private static List<byte[]> Seeds()
    {
        var seeds = new List<XElement> { EditionRngCut() };
        var spectest = Path.GetFullPath(Path.Combine(SharedData.Root, "..", "shared", "relaxng", "spectest.xml"));
        if (File.Exists(spectest))
        {
            using var reader = XmlReader.Create(spectest, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null });
            seeds.AddRange(XDocument.Load(reader).Descendants().Where(e => e.Name.LocalName is "correct" or "incorrect").SelectMany(e => e.Elements().Take(1)));
        }

        return [.. seeds.Select(e => System.Text.Encoding.UTF8.GetBytes(e.ToString()))];
    }

    private static XElement EditionRngCut()
    {
        var rng = XElement.Load(Path.Combine(SharedData.Root, "schemas", "edition.rng"));
        foreach (var define in rng.Elements().Where(e => e.Name.LocalName == "define").Skip(20).ToList())
        {
            define.Remove();
        }

        return rng;
    }

    public void Dispose() => _folder.Dispose();
}
