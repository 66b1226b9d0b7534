using MemoryPack;
namespace Edition.Core.Text;

/// <summary>A place in an author's file: one-based line and column, as editors and compilers count them.</summary>
[MemoryPackable]
public readonly partial record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan None(string file) => new(file, 0, 0);

    [MemoryPackIgnore]
    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}({Line},{Column})" : File;
}
