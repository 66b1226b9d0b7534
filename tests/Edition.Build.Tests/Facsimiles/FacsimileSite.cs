using Edition.TestSupport;

namespace Edition.Build.Tests.Facsimiles;

/// <summary>The facsimile sample built once (tiles included) into a temporary folder, for the browser tests.</summary>
public sealed class FacsimileSite : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("edition-facsimile-site-").FullName;
    private readonly Lazy<string> _site;

    public FacsimileSite() => _site = new(Build);

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => _site.Value;

    /// <summary>The document page's file:// address.</summary>
    public string DocumentUrl => new Uri(Path.Combine(SiteDirectory, "documents", "d1887-03-14.html")).AbsoluteUri;

    private string Build()
    {
        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = Path.Combine(RepoPaths.Samples, "facsimile-letter"),
            OutputRoot = Path.Combine(_root, "out"),
            Print = false,
            Pdf = false,
            Cache = false,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return Path.Combine(result.OutputDirectory!, "site");
    }

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);
}
