using Edition.Tei.Validation;

namespace Edition.Build.Validation;

/// <summary>
/// Which schemas a build validates with: the project's customisation and rules shipped beside the tool
/// (<c>schemas/</c>), the official tei_all when one is named (option or <c>EDITION_TEI_ALL</c>), and
/// Edition's own RELAX NG engine.
/// </summary>
public static class GateSetup
{
    public static string SchemasDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    public static ValidationOptions Options(BuildOptions build)
    {
        var teiAll = build.TeiAllSchema ?? Environment.GetEnvironmentVariable("EDITION_TEI_ALL");
        var generated = Path.Combine(SchemasDirectory, "edition.rng");
        var rules = Path.Combine(SchemasDirectory, "edition.sch");
        return new ValidationOptions
        {
            GeneratedSchema = File.Exists(generated) ? generated : null,
            ProjectSchematron = File.Exists(rules) ? rules : null,
            DefaultSchema = teiAll is not null && File.Exists(teiAll) ? teiAll : null,
            SchemaOverride = build.Schema,
            ExtraSchematron = build.ExtraSchematron,
            RelaxNg = RelaxNgEngine.Shared,
        };
    }
}
