using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Edition.Rendering.Search;

/// <summary>How the index's scripts write JSON: every letter as itself, and &lt; &gt; &amp; escaped, so no text can close its script.</summary>
internal static class SearchJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
