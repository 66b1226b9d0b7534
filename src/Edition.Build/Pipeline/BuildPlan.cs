using Edition.Core.Source.Model;

namespace Edition.Build.Pipeline;

/// <summary>Where a build keeps what it can reuse.</summary>
internal enum CacheMode
{
    /// <summary>No cache: <c>edition validate</c> (it writes nothing) or <c>--no-cache</c>.</summary>
    None,

    /// <summary>The edition's cache beside its output (<c>&lt;out&gt;/.&lt;id&gt;.cache</c>, or a session's), for incremental builds.</summary>
    Edition,

    /// <summary>A shard's cache is its output: the parts the merge puts together.</summary>
    ShardOutput,
}

/// <summary>
/// What kind of build this is, decided once from the options and the edition's id: validate only, one shard of a
/// corpus, a merge of shards or a whole edition; which cache it uses; what it renders. The steps consult it
/// instead of branching on the options each.
/// </summary>
internal sealed record BuildPlan
{
    public required string EditionId { get; init; }

    /// <summary>Check everything, write nothing (<c>edition validate</c>).</summary>
    public bool ValidateOnly { get; init; }

    /// <summary>This build's part of a corpus (<c>--shard i/N</c>); null for a whole edition.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The shard folders a merge takes in (empty: not a merge).</summary>
    public IReadOnlyList<string> MergeShards { get; init; } = [];

    public bool IsMerge => MergeShards.Count > 0;

    public required ValidationPolicy Validation { get; init; }
    public CacheMode Cache { get; init; }
    public bool Site { get; init; }
    public bool Print { get; init; }
    public bool Pdf { get; init; }

    /// <summary>
    /// Whether the documents' whole views wait on disk from their reading on, the readings and the edition's view
    /// keeping summaries: not for an edition with its own templates, which may read any field of any document (from
    /// <c>edition</c>), nor for a validation, which keeps no views.
    /// </summary>
    public bool ViewsOnDisk { get; init; }

    /// <summary>The folder under the output root this build writes (and locks): the edition's, or the shard's.</summary>
    public string OutputName => Shard?.FolderName(EditionId) ?? EditionId;

    /// <summary>Which documents (and TEI files) by position this build validates and renders; null: all.</summary>
    public Func<int, bool>? Part => Shard is { } shard ? shard.Holds : null;

    public static BuildPlan For(BuildOptions options, EditionInfo edition) => new()
    {
        EditionId = edition.Id,
        ValidateOnly = options.ValidateOnly,
        Shard = options.Shard,
        MergeShards = options.MergeShards,
        Validation = options.Validation ?? edition.Validation,
        Cache = ChooseCache(options),
        Site = options.Site,
        Print = options.Print,
        Pdf = options.Pdf,
        ViewsOnDisk = !options.ValidateOnly && !OwnTemplates(options.ProjectDirectory),
    };

    private static bool OwnTemplates(string project) =>
        Path.Combine(project, "templates") is var own && Directory.Exists(own) && Directory.EnumerateFiles(own, "*.sbn", SearchOption.AllDirectories).Any();

    // A validation writes nothing, so it has no cache; a merge must find everything in the shards' caches.
    private static CacheMode ChooseCache(BuildOptions options) =>
        options.Shard is not null ? CacheMode.ShardOutput
        : (options.Cache || options.MergeShards.Count > 0) && !options.ValidateOnly ? CacheMode.Edition
        : CacheMode.None;
}
