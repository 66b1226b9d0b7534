using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>
/// Which texts a document folder may hold: at least one; at most one original, in document.yml's language;
/// translations; witnesses declared under <c>witnesses:</c>. The original itself may be absent (not transcribed):
/// <c>language:</c> still names its language.
/// </summary>
internal static class DocumentTexts
{
    public static void Check(DocumentMeta meta, List<DocumentText> texts, List<Diagnostic> diagnostics)
    {
        var originals = texts.Where(t => t.Role == TextRole.Original).ToList();
        if (texts.Count == 0)
        {
            diagnostics.Add(SourceDiagnostics.TextFilesMismatch.At(meta.Span, $"a document needs at least one text file (original.LANG.md, translation.LANG.md or witness.SIGLUM.LANG.md); found none beside this document.yml"));
        }
        else if (originals.Count > 1)
        {
            diagnostics.Add(SourceDiagnostics.TextFilesMismatch.At(meta.Span, $"a document has at most one original text file (original.LANG.md); found {string.Join(", ", originals.Select(o => Path.GetFileName(o.File)))}"));
        }
        else if (originals.Count == 1 && originals[0].Language != meta.Language)
        {
            diagnostics.Add(SourceDiagnostics.TextFilesMismatch.At(meta.Span, $"'language' is '{meta.Language}' but the original text is {Path.GetFileName(originals[0].File)}"));
        }

        if (meta.Translation is { } tr && texts.All(t => t.Role != TextRole.Translation || t.Language != tr.Language))
        {
            diagnostics.Add(SourceDiagnostics.TextFilesMismatch.At(meta.Span, $"'translation' names language '{tr.Language}' but translation.{tr.Language}.md does not exist"));
        }

        CheckWitnesses(meta, texts, diagnostics);
        if (meta.Base is { } name && texts.All(t => t.Name != name))
        {
            diagnostics.Add(SourceDiagnostics.UnknownBaseText.At(meta.BaseSpan ?? meta.Span, name, string.Join(", ", texts.Select(t => t.Name))));
        }
    }

    private static void CheckWitnesses(DocumentMeta meta, List<DocumentText> texts, List<Diagnostic> diagnostics)
    {
        foreach (var witness in texts.Where(t => t.Role == TextRole.Witness))
        {
            if (meta.Witnesses.All(w => w.Id != witness.Siglum))
            {
                diagnostics.Add(SourceDiagnostics.UndeclaredWitnessText.At(Core.Text.SourceSpan.None(witness.File), Path.GetFileName(witness.File), witness.Siglum!));
            }
        }

        // A text's ids are named by its language, a witness's by its siglum: two texts must not share the name.
        foreach (var group in texts.GroupBy(t => t.Tag, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(t => Path.GetFileName(t.File)).ToList();
            diagnostics.Add(SourceDiagnostics.TextsShareName.At(Core.Text.SourceSpan.None(group.Last().File), files[^1], files[0], group.Key));
        }
    }

    /// <summary>The base first; then the original, the translation document.yml names (it faces the original in print), other translations and witnesses by name.</summary>
    public static List<DocumentText> Order(DocumentMeta meta, List<DocumentText> texts)
    {
        var ordered = texts
            .OrderBy(t => t.Role)
            .ThenBy(t => t.Role == TextRole.Translation && t.Language == meta.Translation?.Language ? 0 : 1)
            .ToList();
        var draft = new AuthoredDocument("", "", meta, ordered);
        if (draft.Base is { } baseText && ordered[0] != baseText)
        {
            ordered.Remove(baseText);
            ordered.Insert(0, baseText);
        }

        return ordered;
    }
}
