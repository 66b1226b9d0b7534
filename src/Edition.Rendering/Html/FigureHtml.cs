using System.Text;
using Edition.Rendering.Figures;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A figure's images on a page: an &lt;img&gt; of the copied file or of its http(s) address, its alt text the
/// figure's description (none: empty, the caption saying what it shows), sized as the graphic asks
/// (<see cref="ImageSize"/>), loaded lazily; where the image is absent,
/// a visible "image not available" placeholder with the description. The caption is the caller's (figcaption).
/// </summary>
/// <param name="root">The way from the page to <c>site/</c>, where <c>images/</c> is.</param>
/// <param name="notAvailable">The interface's words for an absent image.</param>
public sealed class FigureHtml(FigureImages images, string teiFile, string root, string notAvailable)
{
    /// <summary>For renders without images (no figure, or a page outside a build): absent files show the placeholder.</summary>
    public static FigureHtml Without(string root) => new(FigureImages.None, "", root, "Image not available");

    public void WriteImages(StringBuilder sb, FigureNode figure)
    {
        foreach (var graphic in figure.Graphics)
        {
            var image = images.Find(teiFile, graphic.Url);
            var src = image.SitePath is { } local ? root + local : image.RemoteUrl;
            if (src is not null)
            {
                var size = ImageSize.Css(graphic);
                var style = size.Length > 0 ? $" style=\"{HtmlText.Escape(size)}\"" : "";
                sb.Append($"<img src=\"{HtmlText.Url(src)}\" alt=\"{HtmlText.Escape(figure.Description ?? "")}\"{style} loading=\"lazy\">");
                continue;
            }

            sb.Append($"<span class=\"figure-missing\" data-image=\"{HtmlText.Escape(image.Name)}\">{HtmlText.Escape(notAvailable)}");
            if (figure.Description is { } description)
            {
                sb.Append($" <span class=\"figure-desc\">{HtmlText.Escape(description)}</span>"); // a space: two words, not one, for search and copy
            }

            sb.Append("</span>");
        }
    }
}
