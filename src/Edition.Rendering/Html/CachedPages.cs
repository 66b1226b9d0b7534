using Edition.Core.Output;
using Edition.Rendering.Search;

namespace Edition.Rendering.Html;

/// <summary>
/// <see cref="DocumentPages"/> as bytes for the <see cref="PageCache"/>: a plain binary layout, as only this
/// tool version reads it back (the version is part of every key). Only clean renders are stored.
/// </summary>
internal static class CachedPages
{
    public static byte[] Write(DocumentPages pages)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            foreach (var page in new[] { pages.Page, pages.Cite })
            {
                w.Write(page.Template);
                w.Write(page.Url ?? "");
                File(w, page.File!);
            }

            w.Write(pages.Segments.Count);
            foreach (var s in pages.Segments)
            {
                w.Write(s.DocumentId);
                w.Write(s.Anchor);
                w.Write(s.Lang);
                w.Write(s.Text);
                w.Write(s.Folded);
                w.Write(s.Latin);
            }

            w.Write(pages.CitationFiles.Count);
            pages.CitationFiles.ForEach(f => File(w, f));
        }

        return stream.ToArray();
    }

    public static DocumentPages Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        RenderedPage Page()
        {
            var template = r.ReadString();
            var url = r.ReadString();
            return new RenderedPage(template, File(r), url.Length == 0 ? null : url, []);
        }

        var page = Page();
        var cite = Page();
        var segments = Enumerable.Range(0, r.ReadInt32()).Select(_ => new SearchSegment(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString())).ToList();
        var files = Enumerable.Range(0, r.ReadInt32()).Select(_ => File(r)).ToList();
        return new DocumentPages(page, cite, segments, files);
    }

    /// <summary>Pages rendered together (the edition's own pages of one UI tree).</summary>
    public static byte[] WriteList(IReadOnlyList<RenderedPage> pages)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(pages.Count);
            foreach (var page in pages)
            {
                w.Write(page.Template);
                w.Write(page.Url ?? "");
                File(w, page.File!);
            }
        }

        return stream.ToArray();
    }

    public static List<RenderedPage> ReadList(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        return Enumerable.Range(0, r.ReadInt32()).Select(_ =>
        {
            var template = r.ReadString();
            var url = r.ReadString();
            return new RenderedPage(template, File(r), url.Length == 0 ? null : url, []);
        }).ToList();
    }

    private static void File(BinaryWriter w, OutputFile file)
    {
        w.Write(file.RelativePath);
        w.Write(file.Content.Length);
        w.Write(file.Content);
    }

    private static OutputFile File(BinaryReader r) => new(r.ReadString(), r.ReadBytes(r.ReadInt32()));
}
