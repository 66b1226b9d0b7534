using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>
/// Texts align by segment keys: every body paragraph has one, keys are unique in a text, and every key of a
/// text exists in each text it claims to align with (the original and its translations with one another, a
/// witness with the base), unless the segment is declared one-sided.
/// </summary>
internal static class AlignmentChecker
{
    public static void Check(AuthoredDocument document, List<Diagnostic> diagnostics)
    {
        foreach (var text in document.Texts)
        {
            CheckKeys(text, diagnostics);
        }

        var alignment = TextAlignment.Of(document);
        foreach (var text in document.Texts)
        {
            var aligned = document.AlignedWith(text).ToList();
            foreach (var (key, block) in alignment.Keys(text))
            {
                if (block.OneSided is not null)
                {
                    CheckOneSided(text, key, block, aligned, alignment, diagnostics);
                    continue;
                }

                foreach (var other in aligned.Where(o => !alignment.Covers(o, key)))
                {
                    diagnostics.Add(SourceDiagnostics.NoCounterpart.At(block.Span, key, RoleName(other), Path.GetFileName(other.File)));
                }
            }
        }
    }

    private static void CheckOneSided(DocumentText text, string key, Block block, List<DocumentText> aligned, TextAlignment alignment, List<Diagnostic> diagnostics)
    {
        if (aligned.Count == 0)
        {
            diagnostics.Add(SourceDiagnostics.OneSidedWithoutAlignment.At(block.Span, key, Path.GetFileName(text.File)));
        }
        else if (aligned.All(o => alignment.Has(o, key)))
        {
            diagnostics.Add(SourceDiagnostics.OneSidedHasCounterparts.At(block.Span, key, string.Join(", ", aligned.Select(o => Path.GetFileName(o.File)))));
        }
    }

    private static void CheckKeys(DocumentText text, List<Diagnostic> diagnostics)
    {
        var keys = new Dictionary<string, Block>(StringComparer.Ordinal);
        foreach (var block in MarkupTree.Blocks(text.Blocks))
        {
            var key = KeyOf(block);
            if (block is TextBlock { Kind: BlockKind.Paragraph, Key: null })
            {
                diagnostics.Add(SourceDiagnostics.MissingSegmentKey.At(block.Span));
            }

            if (key is null)
            {
                continue;
            }

            if (!System.Xml.XmlConvert.IsNCNameChar(key[0]) || key.Any(c => !System.Xml.XmlConvert.IsNCNameChar(c)))
            {
                diagnostics.Add(SourceDiagnostics.BadSegmentKey.At(block.Span, key));
            }

            if (!keys.TryAdd(key, block))
            {
                diagnostics.Add(SourceDiagnostics.DuplicateSegmentKey.At(block.Span, key, keys[key].Span.Line));
            }
        }
    }

    /// <summary>How a message names a text: its role, and a witness's siglum.</summary>
    public static string RoleName(DocumentText text) => text.Role switch
    {
        TextRole.Original => "original",
        TextRole.Translation => "translation",
        _ => $"witness {text.Siglum}",
    };

    public static string? KeyOf(Block block) => block switch
    {
        TextBlock t => t.Key,
        TableBlock t => t.Key,
        ContainerBlock c => c.Key,
        _ => null,
    };
}
