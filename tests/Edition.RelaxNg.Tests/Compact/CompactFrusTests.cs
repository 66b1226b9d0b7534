namespace Edition.RelaxNg.Tests.Compact;

/// <summary>
/// FRUS's schema as its project distributes it, in compact syntax (frus.rnc), and as trang translated it (frus.rng):
/// Edition finds the same errors, at the same places, in each FRUS volume with either. (JingAgreementTests compares
/// the verdicts with jing reading frus.rnc.)
/// </summary>
[Trait("Speed", "Slow")]
public sealed class CompactFrusTests
{
    [SkippableFact]
    public void FrusRncAndFrusRngFindTheSameErrors()
    {
        var compact = RelaxNgSchema.Load(SharedData.File("corpus", "frus-schema", "frus.rnc"));
        var xml = RelaxNgSchema.Load(SharedData.File("corpus", "frus-schema", "frus.rng"));
        var volumes = Directory.GetFiles(Path.Combine(SharedData.Shared, "corpus", "frus"), "*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, volumes.Count);
        foreach (var volume in volumes)
        {
            var fromRnc = compact.Validate(volume).Errors.Select(e => e.ToString()).ToList();
            var fromRng = xml.Validate(volume).Errors.Select(e => e.ToString()).ToList();
            Assert.Equal(fromRng, fromRnc);
            Assert.NotEmpty(fromRnc); // every volume lacks the @status FRUS's schema requires
        }
    }

    [SkippableFact]
    public void SchemaErrorInACopyOfFrusRncIsPlacedAtItsLine()
    {
        var text = File.ReadAllText(SharedData.File("corpus", "frus-schema", "frus.rnc"));
        var lines = text.Split('\n');
        var target = Array.FindIndex(lines, l => l.StartsWith("macro.paraContent = ", StringComparison.Ordinal));
        Assert.True(target >= 0, "frus.rnc no longer defines macro.paraContent");
        lines[target] = "macro.paraContent = (text | model.paraPartMissing)*";
        using var dir = new TempFolder();
        var error = Assert.Single(Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(dir.Write("frus.rnc", string.Join('\n', lines)))).Errors);
        Assert.Equal((RelaxNgErrorCodes.UndefinedReference, target + 1, 29), (error.Code, error.Line, error.Column));
    }
}
