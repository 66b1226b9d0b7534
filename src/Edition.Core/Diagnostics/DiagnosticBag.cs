using System.Collections.Concurrent;

namespace Edition.Core.Diagnostics;

/// <summary>Collects diagnostics from every stage (thread-safe: documents are processed in parallel).</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Enqueue(d);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    /// <summary>Stable order: by file, line, column, code, so output is deterministic across parallel runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
