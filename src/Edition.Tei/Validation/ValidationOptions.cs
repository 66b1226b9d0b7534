namespace Edition.Tei.Validation;

/// <summary>What the gate runs. Paths are absolute or relative to the working directory.</summary>
public sealed record ValidationOptions
{
    /// <summary><c>--schema FILE</c>: the RELAX NG schema for every document, overriding all other choices.</summary>
    public string? SchemaOverride { get; init; }

    /// <summary>The schema for TEI that Edition encodes (schemas/edition.rng).</summary>
    public string? GeneratedSchema { get; init; }

    /// <summary>The last resort for TEI-in documents (tei_all.rng).</summary>
    public string? DefaultSchema { get; init; }

    /// <summary>The project's own rules (schemas/edition.sch), run on TEI that Edition encodes.</summary>
    public string? ProjectSchematron { get; init; }

    /// <summary>Also run the project's rules on TEI-in documents (for editions whose TEI follows Edition's conventions).</summary>
    public bool ProjectRulesOnTeiIn { get; init; }

    /// <summary>More Schematron run on every document, besides edition.yml's <c>schematron:</c> list.</summary>
    public IReadOnlyList<string> ExtraSchematron { get; init; } = [];

    /// <summary>Run a Schematron whose expressions do not all compile, without the rules concerned (else it runs nothing and is an error).</summary>
    public bool AllowIncompleteRules { get; init; }

    /// <summary>The Schematron phase to run (null: each schema's defaultPhase, else #ALL).</summary>
    public string? Phase { get; init; }

    /// <summary>Which TEI files get RELAX NG and Schematron (by position in the list; null: all), for a shard of a corpus build. Integrity is always checked across all.</summary>
    public Func<int, bool>? Include { get; init; }

    /// <summary>The RELAX NG layer; null skips it (the integrity and Schematron checks still run).</summary>
    public IRelaxNgValidator? RelaxNg { get; init; }
}
