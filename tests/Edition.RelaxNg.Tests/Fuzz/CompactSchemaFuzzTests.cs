using System.Xml;
using Edition.TestSupport.Fuzzing;
using Xunit.Abstractions;

namespace Edition.RelaxNg.Tests.Fuzz;

/// <summary>
/// Mutated compact-syntax schemas loaded from a <c>.rnc</c> file, as <c>--schema x.rnc</c> loads them: the only
/// outcomes are a schema (which then validates a small document) or a <see cref="RelaxNgSchemaException"/>.
/// </summary>
public sealed class CompactSchemaFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly FuzzDictionary Compact = new(
        ["element ", "attribute ", "list ", "mixed ", "empty", "text", "notAllowed", "parent ", "external ", "grammar ", "include ", "div ",
         "start", " = ", " |= ", " &= ", "namespace ", "default namespace ", "datatypes ", "inherit", " = inherit", "xsd:string", "xsd:token ",
         "string", "token", "* - ", "x:*", "x:y", "\\start", "\\x{41}", "\\x{", "\\xx{0}", "\\x{110000}", "\"", "'", "\"\"\"", "'''", " ~ ",
         "## doc\n", "# c\n", "[ x:a = \"1\" ]", ">> x:b [ ]", "x:c [ \"t\" ]", " { maxLength = \"5\" }", " - \"v\"", ", ", " | ", " & ", "?",
         "*", "+", "(", ")", "{", "}", "[", "]"],
        [("(", ")"), ("element a { ", " }"), ("list { ", " }"), ("[ x:a [ ", " ] ]"), ("grammar { start = ", " }"), ("element (", ") { text }")]);

    private static readonly string[] HandWritten =
    [
        "element a { empty }",
        "default namespace = \"urn:d\"\nnamespace x = \"urn:x\"\nstart = a\na = element a { attribute b { xsd:integer }?, (element c { text } | x:d)* }\nx:d = element x:* - x:e { mixed { empty } }",
        "datatypes d = \"http://www.w3.org/2001/XMLSchema-datatypes\"\nelement a { list { d:token { minLength = \"2\" }+ } & attribute * - (x | y) { \"v\" | string \"w\" } }",
        "namespace a = \"http://relaxng.org/ns/compatibility/annotations/1.0\"\n## doc\n[ a:defaultValue = \"1\" ] start = element \\element { xsd:string - (\"a\" ~ 'b' | \"\"\"c\"\"\") >> a:documentation [ \"d\" ] }\ndiv { b = grammar { start = parent start } }",
    ];

    private readonly TempFolder _folder = new();

    private static string Regressions => Path.Combine(SharedData.Root, "tests", "Edition.RelaxNg.Tests", "Fuzz", "regressions", "compact-schema");

    public static IEnumerable<object[]> RegressionCases() => FuzzRegressions.Cases(Regressions);

    [Trait("Speed", "Slow")]
    [Fact]
    public void MutatedCompactSchemasLoadOrAreRefused() =>
        FuzzRunner.Run("compact-schema", Seeds(), Compact, Load).AssertNoFailures(output);

    [SkippableTheory]
    [MemberData(nameof(RegressionCases))]
    public void RegressionCase(string file) => FuzzRegressions.Replay(Regressions, file, Load);

    private void Load(byte[] input) => FuzzedSchema.LoadAndValidate(_folder.Path, "fuzz.rnc", input);

    /// <summary>The hand-written schemas above, and FRUS's frus.rnc cut to its first 150 lines (when ../shared is there).</summary>
    private static List<byte[]> Seeds()
    {
        var seeds = HandWritten.ToList();
        var frus = Path.GetFullPath(Path.Combine(SharedData.Root, "..", "shared", "corpus", "frus-schema", "frus.rnc"));
        if (File.Exists(frus))
        {
            seeds.Add(string.Join('\n', File.ReadLines(frus).Take(150)));
        }

        return [.. seeds.Select(System.Text.Encoding.UTF8.GetBytes)];
    }

    public void Dispose() => _folder.Dispose();
}
