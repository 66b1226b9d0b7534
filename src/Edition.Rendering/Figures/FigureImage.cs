namespace Edition.Rendering.Figures;

/// <summary>
/// Where one figure's image is to be had: on the site (a copied file, or an http(s) address), in print (a copied
/// file xelatex can include), or nowhere (then a placeholder stands for it, naming <see cref="Name"/>).
/// </summary>
public sealed record FigureImage(string Name)
{
    /// <summary>The copied file, relative to <c>site/</c> (<c>images/KEY/name.png</c>).</summary>
    public string? SitePath { get; init; }

    /// <summary>An http or https address the page loads the image from.</summary>
    public string? RemoteUrl { get; init; }

    /// <summary>The copied file, relative to <c>print/</c> (<c>images/KEY.png</c>).</summary>
    public string? PrintPath { get; init; }

    /// <summary>The image's file in the project, for copying (null: nothing to copy).</summary>
    internal string? SourcePath { get; init; }

    /// <summary>XxHash128 (hex) of the file, as the output compares files by.</summary>
    internal string? ContentHash { get; init; }

    /// <summary>What the page and the print part show, for the cache keys of both.</summary>
    public string Fingerprint => $"{SitePath}|{RemoteUrl}|{PrintPath}|{Name}";
}
