using Edition.Build.Output;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source.Model;
using Edition.Rendering.Figures;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;

namespace Edition.Build.Pipeline;

/// <summary>
/// One build's state, passed from step to step: the options and plan, the diagnostics every step records in, what
/// each step made for the next (sources, TEI, views, output), and what the build holds until it ends (the output's
/// lock, the cache attempt, the staged output), let go in the reverse order they were taken.
/// </summary>
internal sealed class BuildContext(BuildOptions options) : IDisposable
{
    public BuildOptions Options { get; } = options;
    public DiagnosticBag Diagnostics { get; } = new();
    public Action<string> Progress { get; } = options.Progress ?? (_ => { });

    public BuildPlan Plan { get; set; } = null!;
    public EditionSource Source { get; set; } = null!;
    public BuildLock? Lock { get; set; }
    public BuildCache? Cache { get; set; }
    public IDisposable? CacheAttempt { get; set; }
    public IReadOnlyList<EncodedDocument> Tei { get; set; } = [];
    public IReadOnlyList<TeiFileReading> Readings { get; set; } = [];

    /// <summary>TEI-in files parsed by this build (a file whose every stage hit the cache is not).</summary>
    public int TeiInFilesParsed { get; set; }

    public EditionView View { get; set; } = null!;

    /// <summary>Where the documents' whole views wait while <see cref="View"/> holds their summaries (null: held whole).</summary>
    public SpilledDocumentViews? SpilledViews { get; set; }
    public TemplateSet Templates { get; set; } = null!;

    /// <summary>The images of the edition's figures, for the site and the print edition.</summary>
    public FigureImages Figures { get; set; } = FigureImages.None;

    /// <summary>The edition's staged output; null for a shard, which writes its cache only.</summary>
    public OutputWriter? Writer { get; set; }

    public IOutputSink Output => Writer ?? (IOutputSink)DiscardedOutput.Instance;

    public bool HasErrors => Diagnostics.HasErrors;

    /// <summary>Stops the build: nothing written, the findings returned.</summary>
    public BuildResult Failed() => new(Diagnostics.Sorted(), null, []);

    /// <summary>A validation that found no errors.</summary>
    public BuildResult Validated() => new(Diagnostics.Sorted(), null, []) { Validated = true };

    public void Dispose()
    {
        Writer?.Dispose();
        // A build that fails takes away what it wrote to the cache as it went (before the lock is let go).
        CacheAttempt?.Dispose();
        Lock?.Dispose();
        SpilledViews?.Dispose();
    }
}
