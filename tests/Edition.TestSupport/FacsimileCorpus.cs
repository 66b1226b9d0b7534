namespace Edition.TestSupport;

/// <summary>
/// The facsimile sample (<c>samples/facsimile-letter</c>) with a second letter beside it, so that a build in two
/// shards gives each shard a document and page images of its own: the copy's images carry a JPEG comment, which
/// leaves their pixels and size as they are but gives them other bytes (and so tiles of their own).
/// </summary>
public static class FacsimileCorpus
{
    public const string Id = "facsimile-letter";

    public static string Create(string to)
    {
        FileTree.Copy(Path.Combine(RepoPaths.Samples, Id), to);
        var first = Path.Combine(to, "documents", "1887-03-14");
        var second = FileTree.Copy(first, Path.Combine(to, "documents", "1887-03-21"));
        var yml = Path.Combine(second, "document.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("date: 1887-03-14", "date: 1887-03-21", StringComparison.Ordinal));
        foreach (var image in Directory.GetFiles(second, "*.jpg"))
        {
            File.WriteAllBytes(image, WithComment(File.ReadAllBytes(image), "second letter"));
        }

        return to;
    }

    /// <summary>A COM segment right after the JPEG's start-of-image marker.</summary>
    private static byte[] WithComment(byte[] jpeg, string comment)
    {
        var text = System.Text.Encoding.ASCII.GetBytes(comment);
        var length = text.Length + 2;
        byte[] segment = [0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. text];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
