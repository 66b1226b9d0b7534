using System.Text.RegularExpressions;
using Edition.Core.Conventions;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;
using Edition.Core.Text;

namespace Edition.Core.Source;

/// <summary>
/// Loads an edition project: <c>edition.yml</c>, the authority lists, and every document found under
/// <c>documents/</c> (a folder with <c>document.yml</c>, or a TEI <c>*.xml</c> file). Nothing is listed by hand.
/// </summary>
public static partial class SourceLoader
{
    public static EditionSource? Load(string root, DiagnosticBag bag)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            return Load(root, diagnostics);
        }
        finally
        {
            bag.AddRange(diagnostics);
        }
    }

    private static EditionSource? Load(string root, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(Path.Combine(root, "edition.yml")))
        {
            diagnostics.Add(SourceDiagnostics.MissingFile.At(SourceSpan.None(SourcePaths.Display(Path.Combine(root, "edition.yml"))), "not an edition project: edition.yml not found (create one with 'edition new NAME')"));
            return null;
        }

        var info = EditionInfoLoader.Load(root, diagnostics);
        var persons = AuthorityListLoader.LoadPersons(Path.Combine(root, "persons.yml"), diagnostics);
        var places = AuthorityListLoader.LoadPlaces(Path.Combine(root, "places.yml"), diagnostics);
        if (info is null)
        {
            return null;
        }

        var documents = Discover(root, Path.Combine(root, "documents"), diagnostics);
        var checker = new ReferenceChecker(info, persons, places, diagnostics);
        foreach (var document in documents.OfType<AuthoredDocument>())
        {
            checker.Check(document);
            AlignmentChecker.Check(document, diagnostics);
            Facsimiles.FacsimileChecker.Check(document, diagnostics);
        }

        var duplicates = documents.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            diagnostics.Add(SourceDiagnostics.DuplicateDocumentId.At(SourceSpan.None(SourcePaths.Display(group.Last().Path)), group.Key, SourcePaths.Display(group.First().Path)));
        }

        var conventions = ConventionCatalog.Load(Path.Combine(root, "templates"), diagnostics);
        ConventionChecker.Check(info, documents, conventions, diagnostics);
        return new EditionSource(Path.GetFullPath(root), info, persons, places, documents) { Conventions = conventions };
    }

    private static List<DocumentSource> Discover(string root, string folder, List<Diagnostic> diagnostics)
    {
        var documents = new List<DocumentSource>();
        if (!Directory.Exists(folder) || !Contained(root, folder, diagnostics))
        {
            return documents;
        }

        foreach (var file in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Where(f => Contained(root, f, diagnostics)))
        {
            documents.Add(new TeiFileDocument(SourcePaths.DocumentId(Path.GetFileNameWithoutExtension(file)), file));
        }

        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Where(d => Contained(root, d, diagnostics)))
        {
            if (File.Exists(Path.Combine(dir, "document.yml")))
            {
                if (Contained(root, Path.Combine(dir, "document.yml"), diagnostics) && LoadAuthored(root, dir, diagnostics) is { } doc)
                {
                    documents.Add(doc);
                }

                continue;
            }

            var xml = Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal).Where(f => Contained(root, f, diagnostics)).ToList();
            documents.AddRange(xml.Select(f => new TeiFileDocument(SourcePaths.DocumentId(xml.Count == 1 ? Path.GetFileName(dir) : Path.GetFileNameWithoutExtension(f)), f)));
        }

        return documents;
    }

    /// <summary>Whether a documents/ entry is the project's own; one a link takes outside it is an error, and not read.</summary>
    private static bool Contained(string root, string path, List<Diagnostic> diagnostics)
    {
        if (ProjectContainment.IsInside(root, path))
        {
            return true;
        }

        diagnostics.Add(SourceDiagnostics.DocumentOutsideProject.At(SourceSpan.None(SourcePaths.Display(path)), SourcePaths.Display(path), ProjectContainment.Real(path)));
        return false;
    }

    private static AuthoredDocument? LoadAuthored(string root, string dir, List<Diagnostic> diagnostics)
    {
        var meta = DocumentMetaLoader.Load(Path.Combine(dir, "document.yml"), diagnostics);
        if (meta is null)
        {
            return null;
        }

        var texts = new List<DocumentText>();
        foreach (var file in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).Where(f => Contained(root, f, diagnostics)))
        {
            var display = SourcePaths.Display(file);
            var m = TextFileName().Match(Path.GetFileName(file));
            if (!m.Success)
            {
                diagnostics.Add(SourceDiagnostics.TextFilesMismatch.At(Severity.Warning, SourceSpan.None(display), "text files are named original.LANG.md, translation.LANG.md or witness.SIGLUM.LANG.md; this file is ignored"));
                continue;
            }

            var role = m.Groups["role"].Value switch { "original" => TextRole.Original, "translation" => TextRole.Translation, _ => TextRole.Witness };
            var blocks = TextMarkupParser.Parse(display, SourceText.Read(file, display, diagnostics), diagnostics);
            texts.Add(new DocumentText(role, m.Groups["lang"].Value, display, blocks) { Siglum = m.Groups["siglum"].Success ? m.Groups["siglum"].Value : null });
        }

        DocumentTexts.Check(meta, texts, diagnostics);
        return new AuthoredDocument(SourcePaths.DocumentId(Path.GetFileName(dir)), dir, meta, DocumentTexts.Order(meta, texts));
    }

    [GeneratedRegex(@"^(?:(?<role>original|translation)|(?<role>witness)\.(?<siglum>[A-Za-z][A-Za-z0-9_-]*))\.(?<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$")]
    private static partial Regex TextFileName();
}
