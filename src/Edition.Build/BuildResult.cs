using Edition.Core.Diagnostics;

namespace Edition.Build;

/// <summary>What a build did: its findings, and where it wrote (null when it wrote nothing).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, string? OutputDirectory, IReadOnlyList<string> WrittenFiles)
{
    public bool Succeeded => OutputDirectory is not null || Validated;

    /// <summary>Document page sets (a document's page and cite page in one UI language) rendered anew, and taken from the build cache.</summary>
    public int PagesRendered { get; init; }

    public int PagesReused { get; init; }

    /// <summary>TEI files run through RELAX NG and Schematron, and those whose findings came from the build cache.</summary>
    public int FilesValidated { get; init; }

    public int FilesValidationReused { get; init; }

    /// <summary>TEI files read into views anew, and those whose views came from the build cache.</summary>
    public int FilesRead { get; init; }

    public int FilesReadReused { get; init; }

    /// <summary>Documents typeset anew for the print edition, and those whose LaTeX came from the build cache.</summary>
    public int DocumentsTypeset { get; init; }

    public int DocumentsTypesetReused { get; init; }

    /// <summary>TEI-in files this build parsed (an unchanged file whose every stage hit the build cache is not).</summary>
    public int TeiInFilesParsed { get; init; }

    /// <summary>A validate-only run that found no errors.</summary>
    public bool Validated { get; init; }
}
