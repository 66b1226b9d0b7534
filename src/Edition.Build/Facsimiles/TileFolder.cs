using Edition.Build.Output;

namespace Edition.Build.Facsimiles;

/// <summary>A tiled image's folder given a second place: each file hard-linked (tiles are never written again once made), else copied.</summary>
internal static class TileFolder
{
    public static void Link(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!FolderSwap.TryHardLink(file, target))
            {
                File.Copy(file, target);
            }
        }
    }
}
