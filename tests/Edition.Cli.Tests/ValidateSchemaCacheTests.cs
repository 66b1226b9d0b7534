using Edition.Build.Validation;

namespace Edition.Cli.Tests;

/// <summary>
/// The compiled-schema cache as the command uses it: compiled schemas go to the user's cache folder (never beside
/// the schema, never into a project validated), are read back with the same findings, and nothing is written with
/// <c>--no-cache</c> or <c>EDITION_SCHEMA_CACHE=off</c>; a build keeps them in its build cache.
/// </summary>
public sealed class ValidateSchemaCacheTests : IDisposable
{
    private const string Schema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <include href="part.rng"/>
          <start><element name="TEI"><oneOrMore><ref name="p"/></oneOrMore></element></start>
        </grammar>
        """;

    private const string Part = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <define name="p"><element name="p"><optional><attribute name="n"><data type="integer"/></attribute></optional><text/></element></define>
        </grammar>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("edition-schema-cache-").FullName;

    [Fact]
    public void CompiledSchemasGoToTheUsersCacheAndGiveTheSameFindings()
    {
        var (schema, file) = SchemaAndFile();
        var sources = Listing(Path.GetDirectoryName(schema)!);

        var first = RunWith(Xdg("a"), null, "validate", "--schema", schema, file);
        CopyFolder(Xdg("a"), Xdg("b"));
        var second = RunWith(Xdg("b"), null, "validate", "--schema", schema, file);

        Assert.Single(Directory.GetFiles(Path.Combine(Xdg("a"), "edition", "schemas")));
        Assert.Equal(ExitCode.InvalidInput, first.Exit);
        Assert.Equal(first, second);
        Assert.Equal(sources, Listing(Path.GetDirectoryName(schema)!));
    }

    [Fact]
    public void NoCacheWritesNothing()
    {
        var (schema, file) = SchemaAndFile();

        var withOption = RunWith(Xdg("a"), null, "validate", "--no-cache", "--schema", schema, file);
        var withVariable = RunWith(Xdg("b"), "off", "validate", "--schema", schema, file);

        Assert.Equal(ExitCode.InvalidInput, withOption.Exit);
        Assert.Equal(withOption, withVariable);
        Assert.False(Directory.Exists(Xdg("a")));
        Assert.False(Directory.Exists(Xdg("b")));
    }

    [Fact]
    public void ValidatingAProjectWritesNothingInIt()
    {
        var (schema, file) = SchemaAndFile();
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: p\ntitle: \"P\"\nlanguages: [en]\n");
        File.Copy(file, Path.Combine(project, "documents", "a.xml"));
        var before = Listing(project);

        var (exit, _, _) = RunWith(Xdg("a"), null, "validate", "--schema", schema, project);

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Equal(before, Listing(project));
        Assert.Single(Directory.GetFiles(Path.Combine(Xdg("a"), "edition", "schemas")));
    }

    [Fact]
    public void TheUsersCacheFolderFollowsXdgElseHome()
    {
        Assert.Equal("/x/edition/schemas", SchemaCacheLocation.UserFolder(v => v == "XDG_CACHE_HOME" ? "/x" : "/home/u"));
        Assert.Equal("/home/u/.cache/edition/schemas", SchemaCacheLocation.UserFolder(v => v == "HOME" ? "/home/u" : v == "XDG_CACHE_HOME" ? "relative" : null));
        Assert.Null(SchemaCacheLocation.UserFolder(v => v == SchemaCacheLocation.Variable ? "off" : "/home/u"));
        Assert.Null(SchemaCacheLocation.UserFolder(_ => null));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Out, string Err) RunWith(string xdg, string? cacheVariable, params string[] args)
    {
        var saved = (Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetEnvironmentVariable(SchemaCacheLocation.Variable));
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", xdg);
        Environment.SetEnvironmentVariable(SchemaCacheLocation.Variable, cacheVariable);
        try
        {
            return CliRunner.Run(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", saved.Item1);
            Environment.SetEnvironmentVariable(SchemaCacheLocation.Variable, saved.Item2);
        }
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => f + " " + File.GetLastWriteTimeUtc(f).Ticks).Order(StringComparer.Ordinal)];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Xdg(string name) => Path.Combine(_root, "xdg-" + name);

    private (string Schema, string File) SchemaAndFile()
    {
        var schemas = Path.Combine(_root, "schemas");
        Directory.CreateDirectory(schemas);
        File.WriteAllText(Path.Combine(schemas, "part.rng"), Part);
        File.WriteAllText(Path.Combine(schemas, "main.rng"), Schema);
        var file = Path.Combine(_root, "a.xml");
        File.WriteAllText(file, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<p n=\"1\">x</p>\n<p n=\"one\">y</p>\n</TEI>\n");
        return (Path.Combine(schemas, "main.rng"), file);
    }
}
