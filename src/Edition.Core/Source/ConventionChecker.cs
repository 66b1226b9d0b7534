using Edition.Core.Conventions;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>Every <c>convention:</c> (edition.yml's, each holding's) names a convention the edition has, at its YAML line if not.</summary>
internal static class ConventionChecker
{
    public static void Check(EditionInfo info, IReadOnlyList<DocumentSource> documents, ConventionCatalog conventions, List<Diagnostic> diagnostics)
    {
        Check(info.Convention, info.ConventionSpan, conventions, diagnostics);
        foreach (var holding in documents.OfType<AuthoredDocument>().SelectMany(d => d.Meta.Archives))
        {
            Check(holding.Convention, holding.ConventionSpan, conventions, diagnostics);
        }
    }

    private static void Check(string? name, Text.SourceSpan span, ConventionCatalog conventions, List<Diagnostic> diagnostics)
    {
        if (name is not null && conventions.Find(name) is null)
        {
            diagnostics.Add(SourceDiagnostics.UnknownConvention.At(span, name, string.Join(", ", conventions.Names)));
        }
    }
}
