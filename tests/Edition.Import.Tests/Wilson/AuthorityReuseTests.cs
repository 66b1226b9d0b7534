namespace Edition.Import.Tests.Wilson;

/// <summary>Existing authority entries are kept byte for byte and linked to, also under the project's own ids.</summary>
[Trait("Speed", "Slow")]
public sealed class AuthorityReuseTests
{
    [SkippableFact]
    public void ExistingEntriesAreReusedAndNotRewritten()
    {
        using var project = new TempProject();
        const string persons = "# my persons\n- id: mao\n  name: \"Mao Zedong\"   # the editor's own id and spacing\n- id: stalin\n  name: Stalin\n";
        const string places = "- id: peking\n  name: Beijing\n";
        File.WriteAllText(project.Path_("persons.yml"), persons);
        File.WriteAllText(project.Path_("places.yml"), places);

        var result = Seed.ImportInto(project);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var newPersons = project.Read("persons.yml");
        Assert.StartsWith(persons, newPersons, StringComparison.Ordinal);
        Assert.DoesNotContain("- id: mao-zedong", newPersons, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(newPersons, "- id: stalin\n"));
        Assert.Contains("- id: gao-gang", newPersons, StringComparison.Ordinal);
        Assert.Equal(places + "- id: korea\n  name: \"Korea\"\n  names: { ru: \"Корея\", en: \"Korea\" }\n  note: \"The Korean peninsula.\"\n", project.Read("places.yml"));

        var original = project.Read("documents", "1951-06-21", "original.ru.md");
        Assert.Contains("{signed #signature} {person mao: МАО ЦЗЕ-ДУН}", original, StringComparison.Ordinal);
        Assert.Contains("ИЗ {place peking: ПЕКИНА} получена", original, StringComparison.Ordinal);
        Assert.Contains("mao (existing)", result.Report.ToText(), StringComparison.Ordinal);
        Assert.Equal("mao", YamlMap.Get(YamlMap.Root(project.Read("documents", "1951-06-21", "document.yml")), "sender.person"));
    }

    [SkippableFact]
    public void MissingAuthorityFilesAreCreated()
    {
        using var project = new TempProject(withAuthorities: false);
        Assert.True(Seed.ImportInto(project).Succeeded);
        Assert.StartsWith("# Authority list of persons.", project.Read("persons.yml"), StringComparison.Ordinal);
        Assert.StartsWith("# Authority list of places.\n- id: beijing\n", project.Read("places.yml"), StringComparison.Ordinal);
    }
}
