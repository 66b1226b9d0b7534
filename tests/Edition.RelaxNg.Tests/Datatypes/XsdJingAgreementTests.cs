namespace Edition.RelaxNg.Tests.Datatypes;

/// <summary>The strict XSD 1.0 cases judged by jing and by Edition.RelaxNg, one instance per value.</summary>
public sealed class XsdJingAgreementTests
{
    private static readonly (string Type, string Facet, string Value)[] Cases =
    [
        ("ENTITY", "", "logo"), ("ENTITIES", "", "logo seal"),
        ("duration", "minExclusive=P1Y", "P364D"), ("duration", "minExclusive=P1Y", "P366D"), ("duration", "minExclusive=P1Y", "P367D"),
        ("duration", "maxExclusive=P1Y", "P364D"), ("duration", "maxExclusive=P1Y", "P365D"), ("duration", "maxInclusive=P1M", "P27D"),
        ("duration", "maxInclusive=P1M", "P30D"), ("duration", "minInclusive=P1M", "P28D"),
        ("date", "", "-0001-02-29"), ("date", "", "-0005-02-29"), ("date", "", "-0004-02-29"), ("date", "", "0000-01-01"),
        ("gYear", "", "0000"), ("gYear", "", "-0001"), ("date", "minInclusive=-0001-12-31", "0001-01-01"),
        ("string", "pattern=.", "\U00010330"), ("string", "pattern=..", "\U00010330"), ("string", @"pattern=\p{IsGothic}", "\U00010330"),
        ("string", @"pattern=\p{L}", "\U00010330"), ("string", @"pattern=\i", "\u0E2F"), ("string", @"pattern=\c", "\u00B7"),
        ("string", "pattern=a{0,3000000000}", "aaa"), ("string", "pattern=[a-z-[aeiou]]+", "xaz"), ("string", @"pattern=\w", "_"),
        ("string", @"pattern=[^\p{C}\p{Z}]+", "a\U00010330"),
    ];

    [SkippableFact]
    public void JingAndEditionGiveTheSameVerdicts()
    {
        using var folder = new TempFolder();
        var schema = folder.Write("cases.rng", Schema());
        var files = Cases.Select((c, i) => folder.Write($"i{i}.xml", $"<r><c{i}>{c.Value}</c{i}></r>")).ToList();
        var jingInvalid = JingRunner.InvalidFiles(schema, files);
        var ours = RelaxNgSchema.Load(schema);
        var disagreements = files.Select((file, i) => (Case: Cases[i], Jing: jingInvalid.Contains(file), Ours: !ours.Validate(file).IsValid))
            .Where(v => v.Jing != v.Ours)
            .Select(v => $"{v.Case}: jing {(v.Jing ? "invalid" : "valid")}, Edition {(v.Ours ? "invalid" : "valid")}")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    /// <summary>One schema for all cases (jing starts once): element <c>cN</c> holds case N's datatype.</summary>
    private static string Schema()
    {
        var choices = Cases.Select((c, i) =>
        {
            var param = c.Facet.Length == 0 ? "" : $"<param name=\"{c.Facet.Split('=', 2)[0]}\">{c.Facet.Split('=', 2)[1]}</param>";
            return $"<element name=\"c{i}\"><data type=\"{c.Type}\">{param}</data></element>";
        });
        return "<element name=\"r\" xmlns=\"http://relaxng.org/ns/structure/1.0\" datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\"><choice>"
            + string.Concat(choices) + "</choice></element>";
    }
}
