using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>
/// Original and translation align by segment keys: every body paragraph has one, keys are unique in a
/// text, and every key of one text exists in each other text of the document.
/// </summary>
internal static class AlignmentChecker
{
    public static void Check(AuthoredDocument document, List<Diagnostic> diagnostics)
    {
        var keyed = new Dictionary<DocumentText, Dictionary<string, Block>>();
        foreach (var text in document.Texts)
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

            keyed[text] = keys;
        }

        foreach (var text in document.Texts)
        {
            foreach (var other in document.Texts.Where(o => o != text))
            {
                foreach (var (key, block) in keyed[text].Where(k => !keyed[other].ContainsKey(k.Key)))
                {
                    var role = other.Role == TextRole.Original ? "original" : "translation";
                    diagnostics.Add(SourceDiagnostics.NoCounterpart.At(block.Span, key, role, Path.GetFileName(other.File)));
                }
            }
        }
    }

    public static string? KeyOf(Block block) => block switch
    {
        TextBlock t => t.Key,
        TableBlock t => t.Key,
        ContainerBlock c => c.Key,
        _ => null,
    };
}
