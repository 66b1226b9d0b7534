using Edition.Core.Source.Model;

namespace Edition.Build;

/// <summary>What to build and where; shared, immutable, by every stage.</summary>
public sealed record BuildOptions
{
    public required string ProjectDirectory { get; init; }

    /// <summary>The output root; the edition goes to <c>&lt;OutputRoot&gt;/&lt;edition id&gt;/</c>.</summary>
    public string OutputRoot { get; init; } = "output";

    /// <summary>error (default): findings stop the build; warn: they are printed, the build goes on; off: no validation.</summary>
    public ValidationPolicy? Validation { get; init; }

    /// <summary><c>--schema</c>: one RELAX NG schema for every document, overriding the usual choice.</summary>
    public string? Schema { get; init; }

    /// <summary><c>--schematron</c>: further Schematron files run on every document, beside the edition's own rules.</summary>
    public IReadOnlyList<string> ExtraSchematron { get; init; } = [];

    /// <summary><c>--allow-incomplete-rules</c>: run a Schematron without its rules whose expressions do not compile.</summary>
    public bool AllowIncompleteRules { get; init; }

    /// <summary>The official tei_all.rng, the schema of last resort for TEI-in documents (else EDITION_TEI_ALL).</summary>
    public string? TeiAllSchema { get; init; }

    /// <summary>Stop after validation: check everything, write nothing (<c>edition validate</c>).</summary>
    public bool ValidateOnly { get; init; }

    /// <summary>Render the static site (site/).</summary>
    public bool Site { get; init; } = true;

    /// <summary>Render the print edition's LaTeX (print/edition.tex).</summary>
    public bool Print { get; init; } = true;

    /// <summary>Compile print/edition.pdf when TeX is installed.</summary>
    public bool Pdf { get; init; } = true;

    /// <summary>Reuse rendered pages and the PDF from <c>&lt;OutputRoot&gt;/.&lt;id&gt;.cache/</c> (keyed by content hashes).</summary>
    public bool Cache { get; init; } = true;

    /// <summary><c>--shard i/N</c>: validate and render only this part of the documents, into <c>&lt;OutputRoot&gt;/&lt;id&gt;.shard-i-of-N/</c>.</summary>
    public Shard? Shard { get; init; }

    /// <summary><c>edition merge</c>: the shard folders whose validation findings and pages make up this build (empty: not a merge).</summary>
    public IReadOnlyList<string> MergeShards { get; init; } = [];

    /// <summary>The long-lived process's state between builds (parsed documents, read views, open caches); null for a one-off build.</summary>
    public BuildSession? Session { get; init; }

    /// <summary>Reports progress lines (stage names, counts); null for silence.</summary>
    public Action<string>? Progress { get; init; }
}
