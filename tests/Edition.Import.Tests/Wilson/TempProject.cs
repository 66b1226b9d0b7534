using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>A throwaway edition project: the sample's edition.yml and empty authority lists.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(bool withAuthorities = true)
    {
        Directory = Path.Combine(Path.GetTempPath(), "edition-import-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        File.Copy(Path.Combine(RepoPaths.Sample, "edition.yml"), Path.Combine(Directory, "edition.yml"));
        if (withAuthorities)
        {
            File.WriteAllText(Path.Combine(Directory, "persons.yml"), "");
            File.WriteAllText(Path.Combine(Directory, "places.yml"), "");
        }
    }

    public string Directory { get; }

    public string Path_(params string[] parts) => Path.Combine([Directory, .. parts]);

    public string Read(params string[] parts) => File.ReadAllText(Path_(parts));

    /// <summary>Folders under documents/, hidden staging folders included (there must be none after a failure).</summary>
    public string[] DocumentFolders() =>
        System.IO.Directory.Exists(Path_("documents"))
            ? System.IO.Directory.GetDirectories(Path_("documents")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
