using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// Turns TEI pointers (<c>#pg_12</c>, <c>d5</c>, <c>persons.xml#x</c>) into site links. Built from the TEI
/// itself, so an id outside any rendered element (a page break between FRUS documents) still leads to the
/// document it belongs to, and a pointer that leads nowhere is left as text instead of a broken link.
/// </summary>
public sealed class LinkResolver
{
    private readonly Dictionary<(string File, string Id), (string Path, string? Fragment)> _targets = [];

    /// <summary>Every pointer target in a stable order: a page's cache key must change when any link could.</summary>
    /// Hashed as it goes: the corpus's targets joined into one string first cost a tenth of a rebuild.
    public string Fingerprint()
    {
        var hash = new System.IO.Hashing.XxHash128();
        var buffer = new byte[1024];
        void Add(string? text)
        {
            if (text is null)
            {
                hash.Append([1]); // no fragment is not an empty one
                return;
            }

            var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            var written = System.Text.Encoding.UTF8.GetBytes(text, buffer);
            buffer[written] = 0; // so ("ab", "c") is not ("a", "bc")
            hash.Append(buffer.AsSpan(0, written + 1));
        }

        foreach (var (key, value) in _targets.OrderBy(t => t.Key.File, StringComparer.Ordinal).ThenBy(t => t.Key.Id, StringComparer.Ordinal))
        {
            Add(key.File);
            Add(key.Id);
            Add(value.Path);
            Add(value.Fragment);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <param name="renderedIds">The ids the site renders as anchors, as <see cref="RenderedIds.Key"/> (file and id) and <see cref="RenderedIds.PageKey"/> (page and id).</param>
    public LinkResolver(EditionView edition, ISet<string> renderedIds)
    {

        // A volume's persons and terms lists (front matter) have index pages: their items lead there.
        var entryPages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entries, page) in new[] { (edition.Terms, TermsPath), (edition.Persons, PersonsPath) })
        {
            foreach (var e in entries)
            {
                entryPages.TryAdd(e.Id, page);
            }
        }

        // A volume's parts are pages too: an id in a chapter's own text leads to the chapter's page.
        var documentsByFile = edition.Documents.Concat(edition.Parts).ToLookup(d => d.TeiFile, StringComparer.Ordinal);
        var parts = edition.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in edition.Files)
        {
            var docsInFile = documentsByFile[file.FileName].ToList();
            if (docsInFile.Count == 0)
            {
                continue;
            }

            // A division's xml:id is the file's own; its document's id may add the volume's name.
            var byDivision = docsInFile.Where(d => d.DivId is not null).GroupBy(d => d.DivId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            // On the page it leads to: an id between a volume's pages (a page break of its front matter) may be rendered on another.
            bool Rendered(string page, string id) => renderedIds.Contains(RenderedIds.PageKey(page, id));

            // Ids before/after a document div belong to the next document (a page break opens it), else the last.
            string? current = null;
            var pending = new List<string>();
            foreach (var anchor in file.Anchors)
            {
                var doc = anchor.DocumentDivs.Select(div => byDivision.GetValueOrDefault(div)).FirstOrDefault(d => d is not null) ?? (docsInFile.Count == 1 ? docsInFile[0].Id : null);
                if (doc is not null && doc != current)
                {
                    current = doc;
                    pending.ForEach(p => _targets[(file.FileName, p)] = (DocumentPath(doc), Rendered(doc, p) ? p : null));
                    pending.Clear();
                }

                if (anchor.Id is not { } id)
                {
                    continue;
                }

                // An entry of a volume's persons or terms list leads to its index page, not to the front matter's page.
                if ((doc is null || parts.Contains(doc)) && entryPages.TryGetValue(id, out var entryPage))
                {
                    _targets[(file.FileName, id)] = (entryPage, id);
                }
                else if (doc is null)
                {
                    pending.Add(id);
                }
                else
                {
                    _targets[(file.FileName, id)] = (DocumentPath(doc), byDivision.ContainsKey(id) || !Rendered(doc, id) ? null : id);
                }
            }

            var last = current ?? docsInFile[^1].Id;
            pending.ForEach(p => _targets[(file.FileName, p)] = (DocumentPath(last), null));
        }
    }

    public const string PersonsPath = "persons.html";

    public const string TermsPath = "terms.html";

    public static string DocumentPath(string documentId) => "documents/" + documentId + ".html";

    /// <summary>The page path and fragment a pointer leads to, or null when it is external or unknown.</summary>
    public (string Path, string? Fragment)? Resolve(string target, string currentFile)
    {
        var hash = target.IndexOf('#');
        var file = hash switch
        {
            0 => currentFile,
            > 0 => target[..hash],
            _ => currentFile,
        };
        var id = hash >= 0 ? target[(hash + 1)..] : target;
        if (target.Contains("://", StringComparison.Ordinal) || id.Length == 0)
        {
            return null;
        }

        return _targets.TryGetValue((file, id), out var t) ? t : null;
    }
}
