using Edition.Tei.Validation;

namespace Edition.Build.Validation;

/// <summary>
/// Which schemas a build validates with: the project's customisation and rules shipped beside the tool
/// (<c>schemas/</c>), tei_all for TEI-in (the copy shipped there, unless the option or <c>EDITION_TEI_ALL</c>
/// names another), and Edition's own RELAX NG engine.
/// </summary>
public static class GateSetup
{
    public static string SchemasDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>The TEI P5 tei_all.rng shipped with the tool.</summary>
    public static string ShippedTeiAll => Path.Combine(SchemasDirectory, "tei_all.rng");

    /// <summary>tei_all: the one named by the option or <c>EDITION_TEI_ALL</c>, else the shipped copy.</summary>
    public static string TeiAll(string? named) =>
        named ?? (Environment.GetEnvironmentVariable("EDITION_TEI_ALL") is { Length: > 0 } env ? env : ShippedTeiAll);

    /// <param name="schemaCacheFolder">The build cache's folder for compiled schemas, when the build has a cache of its own.</param>
    public static ValidationOptions Options(BuildOptions build, string? schemaCacheFolder = null)
    {
        var teiAll = TeiAll(build.TeiAllSchema);
        var generated = Path.Combine(SchemasDirectory, "edition.rng");
        var rules = Path.Combine(SchemasDirectory, "edition.sch");
        return new ValidationOptions
        {
            GeneratedSchema = File.Exists(generated) ? generated : null,
            ProjectSchematron = File.Exists(rules) ? rules : null,
            DefaultSchema = File.Exists(teiAll) ? teiAll : null,
            SchemaOverride = build.Schema,
            ExtraSchematron = build.ExtraSchematron,
            AllowIncompleteRules = build.AllowIncompleteRules,
            RelaxNg = RelaxNgEngine.For(build.Cache, schemaCacheFolder),
        };
    }
}
