using System.Xml;
using System.Xml.Linq;

namespace Edition.RelaxNg.Tests;

/// <summary>
/// Every testCase of James Clark's suite is one theory row: incorrect schemas rejected, correct ones accepted,
/// valid instances accepted, invalid ones rejected. No case is skipped.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SpecTestCaseTests
{
    public static TheoryData<string> CaseIds => new(SpecTestSuite.Ids());

    [SkippableTheory]
    [MemberData(nameof(CaseIds))]
    public void TestCase(string id)
    {
        _ = SharedData.Shared;
        var testCase = SpecTestSuite.Cases[id];
        var dir = Path.Combine(Path.GetTempPath(), "edition-relaxng-spectest", id[..3]);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        WriteResources(testCase, dir);
        var schemaPath = Path.Combine(dir, "__schema.rng");

        if (testCase.Element("incorrect") is { } incorrect)
        {
            File.WriteAllText(schemaPath, Serialize(incorrect));
            var e = Record.Exception(() => RelaxNgSchema.Load(schemaPath, cache: Cache(dir)));
            Assert.True(e is RelaxNgSchemaException, $"incorrect schema accepted:\n{Serialize(incorrect)}\n{e}");
            Assert.False(Directory.Exists(Cache(dir).Folder), "an incorrect schema was cached");
            return;
        }

        var correct = testCase.Element("correct")!;
        File.WriteAllText(schemaPath, Serialize(correct));
        RelaxNgSchema schema;
        try
        {
            schema = RelaxNgSchema.Load(schemaPath);
        }
        catch (RelaxNgSchemaException e)
        {
            Assert.Fail($"correct schema rejected:\n{Serialize(correct)}\n{e.Message}");
            return;
        }

        // The same schema written to the compiled-schema cache and read back: the same verdicts, the same errors.
        _ = RelaxNgSchema.Load(schemaPath, cache: Cache(dir));
        var cached = RelaxNgSchema.Load(schemaPath, cache: Cache(dir));
        Assert.True(cached.FromCache, "the schema was not read back from the cache");
        var failures = new List<string>();
        foreach (var instance in testCase.Elements().Where(x => x.Name.LocalName is "valid" or "invalid"))
        {
            var xml = Serialize(instance);
            var result = Validate(schema, xml);
            var expectValid = instance.Name.LocalName == "valid";
            if (result.IsValid != expectValid)
            {
                failures.Add($"{instance.Name.LocalName} instance judged {(result.IsValid ? "valid" : "invalid")}:\n{xml}\n{result}");
            }

            if (Validate(cached, xml).ToString() != result.ToString())
            {
                failures.Add($"through the cache, {instance.Name.LocalName} instance judged differently:\n{xml}\n{Validate(cached, xml)}\nfresh:\n{result}");
            }
        }

        Assert.True(failures.Count == 0, $"schema:\n{Serialize(correct)}\n\n" + string.Join("\n\n", failures));
    }

    private static RelaxNg.Caching.SchemaCache Cache(string dir) => new(Path.Combine(dir, "__cache"), "spectest");

    private static ValidationResult Validate(RelaxNgSchema schema, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return schema.Validate(reader, "instance.xml");
    }

    private static void WriteResources(XElement container, string dir)
    {
        foreach (var r in container.Elements())
        {
            var name = r.Attribute("name")?.Value;
            if (r.Name.LocalName == "resource" && name is not null)
            {
                File.WriteAllText(Path.Combine(dir, name), Serialize(r));
            }
            else if (r.Name.LocalName == "dir" && name is not null)
            {
                var sub = Path.Combine(dir, name);
                Directory.CreateDirectory(sub);
                WriteResources(r, sub);
            }
        }
    }

    /// <summary>The single element child as a document, or the text content when there is no element.</summary>
    private static string Serialize(XElement holder)
    {
        var element = holder.Elements().FirstOrDefault();
        return element is null ? holder.Value : element.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
    }
}
