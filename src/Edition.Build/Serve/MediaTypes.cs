namespace Edition.Build.Serve;

/// <summary>The few media types a generated site holds; anything else is served as bytes.</summary>
internal static class MediaTypes
{
    public static string For(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        ".pdf" => "application/pdf",
        ".bib" or ".ris" or ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
