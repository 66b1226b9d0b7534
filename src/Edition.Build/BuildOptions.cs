namespace Edition.Build;

/// <summary>What to build and where; shared, immutable, by every stage.</summary>
public sealed record BuildOptions
{
    public required string ProjectDirectory { get; init; }

    /// <summary>The output root; the edition goes to <c>&lt;OutputRoot&gt;/&lt;edition id&gt;/</c>.</summary>
    public string OutputRoot { get; init; } = "output";

    /// <summary>error (default): findings stop the build; warn: they are printed, the build goes on; off: no validation.</summary>
    public string? Validation { get; init; }

    /// <summary>Reports progress lines (stage names, counts); null for silence.</summary>
    public Action<string>? Progress { get; init; }
}
