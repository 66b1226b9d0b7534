namespace Edition.Core.Output;

/// <summary>
/// Where rendered files go as they are made. The build's output writer stages each one at once, so a
/// corpus's pages never all sit in memory; a list collects them (tests, one-off renders).
/// </summary>
public interface IOutputSink
{
    /// <summary>One file of the output (from any thread; each path once).</summary>
    void Add(OutputFile file);
}

/// <summary>Files collected in the order they came.</summary>
public sealed class OutputList : List<OutputFile>, IOutputSink
{
    private readonly Lock _lock = new();

    void IOutputSink.Add(OutputFile file)
    {
        lock (_lock)
        {
            Add(file);
        }
    }
}

/// <summary>Files nobody writes: a shard's pages, which go to the build cache only.</summary>
public sealed class DiscardedOutput : IOutputSink
{
    public static readonly DiscardedOutput Instance = new();

    public void Add(OutputFile file)
    {
    }
}
