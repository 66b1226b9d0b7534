using System.Globalization;
using System.Text.Json;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Core.Conventions;

/// <summary>
/// The conventions an edition may name: those shipped with Edition (embedded from <c>templates/conventions/</c>) and
/// the edition's own <c>templates/conventions/NAME.json</c>, which add a name or replace a shipped one, as templates do.
/// </summary>
public sealed class ConventionCatalog
{
    /// <summary>Used where nothing chooses a convention, and for a language none is named after.</summary>
    public const string Fallback = "en";

    private static readonly Lazy<ConventionCatalog> ShippedCatalog = new(() => new ConventionCatalog(ReadShipped()));
    private readonly Dictionary<string, CitationConvention> _byName;

    private ConventionCatalog(Dictionary<string, CitationConvention> byName) => _byName = byName;

    public static ConventionCatalog Shipped => ShippedCatalog.Value;

    /// <summary>The names, in order, as a diagnostic lists them.</summary>
    public IReadOnlyList<string> Names => [.. _byName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The shipped conventions with the edition's own laid over them (<paramref name="projectTemplates"/>: the project's <c>templates/</c>).</summary>
    public static ConventionCatalog Load(string? projectTemplates, List<Diagnostic>? diagnostics = null)
    {
        var folder = projectTemplates is null ? null : Path.Combine(projectTemplates, "conventions");
        if (folder is null || !Directory.Exists(folder))
        {
            return Shipped;
        }

        var byName = new Dictionary<string, CitationConvention>(Shipped._byName, StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (ReadFile(file, diagnostics) is { } convention)
            {
                byName[convention.Name] = convention;
            }
        }

        return new ConventionCatalog(byName);
    }

    /// <summary>Every convention's name particles, for sort keys of names from any tradition.</summary>
    public IReadOnlyList<string> Particles => [.. _byName.Values.SelectMany(c => c.Names.Particles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public CitationConvention? Find(string? name) => name is not null && _byName.TryGetValue(name, out var c) ? c : null;

    /// <summary>The convention of an archive's country, as document.yml spells it (case and spaces aside); null if none claims it.</summary>
    public CitationConvention? ForCountry(string? country) =>
        country is null ? null : _byName.Values.OrderBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault(c => c.Countries.Any(k => string.Equals(k.Trim(), country.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The convention named after a language ("de", or "de" for "de-AT"), else the fallback's.</summary>
    public CitationConvention ForLanguage(string? lang) =>
        Find(lang) ?? Find(lang?.Split('-')[0]) ?? Find(Fallback) ?? new CitationConvention { Name = Fallback };

    /// <summary>
    /// A holding's convention: its own <c>convention:</c>, else its archive's country's, else the edition's, else the
    /// one named after the language of the document's original.
    /// </summary>
    public CitationConvention Resolve(string? own, string? country, string? edition, string? originalLanguage) =>
        Find(own) ?? ForCountry(country) ?? Find(edition) ?? ForLanguage(originalLanguage);

    private static Dictionary<string, CitationConvention> ReadShipped()
    {
        var assembly = typeof(ConventionCatalog).Assembly;
        var byName = new Dictionary<string, CitationConvention>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("conventions/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = Path.GetFileNameWithoutExtension(resource);
            byName[name] = JsonSerializer.Deserialize(stream, ConventionJson.Default.CitationConvention)! with { Name = name };
        }

        return byName;
    }

    /// <summary>What is wrong, in the file's terms rather than .NET's.</summary>
    private static string Message(Exception e) =>
        System.Text.RegularExpressions.Regex.Match(e.Message, "The JSON property '([^']*)' could not be mapped") is { Success: true } m
            ? $"unknown field '{m.Groups[1].Value}' (a convention has: description, countries, culture, short, long, recto, verso, date, names)"
            : e is JsonException { Path: { } path } ? $"not a convention at {path}: {e.Message.Split(" Path:")[0]}" : e.Message;

    private static CitationConvention? ReadFile(string file, List<Diagnostic>? diagnostics)
    {
        var display = Source.SourcePaths.Display(file);
        try
        {
            var convention = JsonSerializer.Deserialize(File.ReadAllBytes(file), ConventionJson.Default.CitationConvention)
                ?? throw new JsonException("the file holds no object");
            _ = CultureInfo.GetCultureInfo(convention.Culture, predefinedOnly: true);
            return convention with { Name = Path.GetFileNameWithoutExtension(file) };
        }
        catch (Exception e) when (e is JsonException or CultureNotFoundException or IOException or UnauthorizedAccessException)
        {
            var line = e is JsonException { LineNumber: { } l } ? (int)l + 1 : 0;
            var column = e is JsonException { BytePositionInLine: { } c } ? (int)c + 1 : 0;
            diagnostics?.Add(SourceDiagnostics.UnreadableConvention.At(new SourceSpan(display, line, column), Message(e)));
            return null;
        }
    }
}
