namespace Edition.Core.Output;

/// <summary>A file to write, by its path relative to the edition's output folder ("tei/x.xml", "site/index.html").</summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    public static OutputFile Text(string relativePath, string text) => new(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));
}
