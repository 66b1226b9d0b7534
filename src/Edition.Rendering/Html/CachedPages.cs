using Edition.Core.Output;

namespace Edition.Rendering.Html;

/// <summary>
/// <see cref="DocumentPages"/> as bytes for the <see cref="PageCache"/>: a plain binary layout, as only this
/// tool version reads it back (the version is part of every key). Only clean renders are stored. A document's
/// page set is an index and its files' bytes apart, so a hit reads only the index.
/// </summary>
internal static class CachedPages
{
    /// <summary>The page set's index (paths, content hashes, URLs, search entries as the index writes them) and its files' bytes, end to end.</summary>
    public static (byte[] Index, byte[] Content) Write(DocumentPages pages)
    {
        using var content = new MemoryStream();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            void Deferred(OutputFile file)
            {
                w.Write(file.RelativePath);
                w.Write(file.ContentHash);
                w.Write(content.Length);
                w.Write(file.Content.Length);
                content.Write(file.Content);
            }

            foreach (var page in new[] { pages.Page, pages.Cite })
            {
                w.Write(page.Template);
                w.Write(page.Url ?? "");
                Deferred(page.File!);
            }

            w.Write(pages.SearchEntries.Length);
            w.Write(pages.SearchEntries);

            w.Write(pages.CitationFiles.Count);
            pages.CitationFiles.ForEach(Deferred);
            w.Write(content.Length);
        }

        return (stream.ToArray(), content.ToArray());
    }

    /// <summary>A page set from its index; each file's bytes are read by <paramref name="content"/> (offset, length, the entry's total length) only if it must be written.</summary>
    public static DocumentPages Read(byte[] index, Func<long, int, long, byte[]> content)
    {
        using var r = new BinaryReader(new MemoryStream(index));
        var total = -1L;

        OutputFile Deferred()
        {
            var path = r.ReadString();
            var hash = r.ReadString();
            var offset = r.ReadInt64();
            var length = r.ReadInt32();
            return OutputFile.Deferred(path, hash, () => content(offset, length, total));
        }

        RenderedPage Page()
        {
            var template = r.ReadString();
            var url = r.ReadString();
            return new RenderedPage(template, Deferred(), url.Length == 0 ? null : url, []);
        }

        var page = Page();
        var cite = Page();
        var search = r.ReadBytes(r.ReadInt32());
        var files = Enumerable.Range(0, r.ReadInt32()).Select(_ => Deferred()).ToList();
        total = r.ReadInt64();
        return new DocumentPages(page, cite, search, files);
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
