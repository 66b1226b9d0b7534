using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;

namespace Edition.RelaxNg.Tests.Compact;

/// <summary>
/// The correct schemas of James Clark's test suite, converted to compact syntax by trang: Edition gives each instance
/// the same verdict with the .rnc as with the XML form (and as the suite expects). trang runs once per schema, so a
/// sample is taken: every case with instances and no other files, up to <see cref="SampleSize"/>.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class TrangSpecTestTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int SampleSize = 60;

    [SkippableFact]
    public void CompactFormsJudgeInstancesAsTheXmlForms()
    {
        var trang = SharedData.Trang;
        var cases = Sample();
        var root = Path.Combine(Path.GetTempPath(), "edition-relaxng-trang");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var results = cases.AsParallel().WithDegreeOfParallelism(2).Select(c => Compare(trang, root, c.Id, c.Case)).ToList();
        var failures = results.OfType<string>().ToList();
        output.WriteLine($"{cases.Count} schemas converted by trang, {results.Count(r => r is null)} judged alike");
        Assert.True(cases.Count >= 40, $"only {cases.Count} spectest cases in the sample");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static List<(string Id, XElement Case)> Sample() =>
        SpecTestSuite.Cases
            .Where(c => c.Value.Element("correct") is { } correct && correct.Elements().Any()
                && c.Value.Elements().Any(e => e.Name.LocalName is "valid" or "invalid")
                && !c.Value.Elements().Any(e => e.Name.LocalName is "resource" or "dir"))
            .Select(c => (c.Key, c.Value))
            .Where((_, i) => i % 2 == 0)
            .Take(SampleSize)
            .ToList();

    /// <summary>Null when every instance gets the expected verdict from both forms; else what differs.</summary>
    private static string? Compare(string trang, string root, string id, XElement testCase)
    {
        var dir = Path.Combine(root, id[..3]);
        Directory.CreateDirectory(dir);
        var rng = Path.Combine(dir, "schema.rng");
        var rnc = Path.Combine(dir, "schema.rnc");
        var schemaXml = testCase.Element("correct")!.Elements().First().ToString(SaveOptions.DisableFormatting);
        File.WriteAllText(rng, schemaXml);
        if (Convert(trang, rng, rnc) is { } trangError)
        {
            return $"{id}: trang could not convert the schema: {trangError}\n{schemaXml}";
        }

        var (xml, compact) = (RelaxNgSchema.Load(rng), Load(rnc));
        if (compact.Schema is null)
        {
            return $"{id}: the .rnc is rejected: {compact.Error}\n{File.ReadAllText(rnc)}";
        }

        var differences = testCase.Elements().Where(e => e.Name.LocalName is "valid" or "invalid")
            .Select(e => (Expected: e.Name.LocalName == "valid", Xml: Instance(e)))
            .Where(i => IsValid(xml, i.Xml) != i.Expected || IsValid(compact.Schema, i.Xml) != i.Expected)
            .Select(i => $"expected {(i.Expected ? "valid" : "invalid")}: {i.Xml}")
            .ToList();
        return differences.Count == 0 ? null : $"{id}:\n{File.ReadAllText(rnc)}\n" + string.Join("\n", differences);
    }

    private static (RelaxNgSchema? Schema, string? Error) Load(string rnc)
    {
        try
        {
            return (RelaxNgSchema.Load(rnc), null);
        }
        catch (RelaxNgSchemaException e)
        {
            return (null, e.Message);
        }
    }

    private static string? Convert(string trang, string rng, string rnc)
    {
        var psi = new ProcessStartInfo(trang) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])["-I", "rng", "-O", "rnc", rng, rnc])
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(rnc) ? null : stderr.Result;
    }

    private static string Instance(XElement holder) =>
        holder.Elements().FirstOrDefault()?.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces) ?? holder.Value;

    private static bool IsValid(RelaxNgSchema schema, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return schema.Validate(reader, "instance.xml").IsValid;
    }
}
