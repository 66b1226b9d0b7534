using System.Security.Cryptography;

namespace Edition.Cli.Tests.Hostile;

/// <summary>Every file and link below a folder with its hash (a link by its target, never followed), to see that nothing changed.</summary>
internal static class TreeHash
{
    public static SortedDictionary<string, string> Of(string folder, params string[] except)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            Walk(new DirectoryInfo(folder), folder, except, hashes);
        }

        return hashes;
    }

    private static void Walk(DirectoryInfo dir, string root, string[] except, SortedDictionary<string, string> hashes)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            if (except.Any(e => Path.GetFullPath(entry.FullName) == Path.GetFullPath(e)))
            {
                continue;
            }

            if (entry.LinkTarget is { } target)
            {
                hashes[relative] = "link -> " + target;
            }
            else if (entry is DirectoryInfo sub)
            {
                hashes[relative + "/"] = "folder";
                Walk(sub, root, except, hashes);
            }
            else
            {
                hashes[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        }
    }
}
