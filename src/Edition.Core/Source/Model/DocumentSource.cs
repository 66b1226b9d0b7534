namespace Edition.Core.Source.Model;

/// <summary>A document of the edition: authored in Edition's format, or a ready TEI file.</summary>
public abstract record DocumentSource(string Id, string Path);

/// <summary>A folder with <c>document.yml</c> and its text files: an original, translations, witnesses, in any combination.</summary>
public sealed record AuthoredDocument(string Id, string Path, DocumentMeta Meta, IReadOnlyList<DocumentText> Texts)
    : DocumentSource(Id, Path)
{
    /// <summary>The text the others align with: the one <c>base:</c> names, else the original, else the first translation, else the first text.</summary>
    public DocumentText? Base =>
        (Meta.Base is { } name ? Texts.FirstOrDefault(t => t.Name == name) : null)
        ?? Texts.FirstOrDefault(t => t.Role == TextRole.Original)
        ?? Texts.FirstOrDefault(t => t.Role == TextRole.Translation)
        ?? Texts.FirstOrDefault();

    /// <summary>The texts that <paramref name="text"/> claims to align with, in document order.</summary>
    public IEnumerable<DocumentText> AlignedWith(DocumentText text)
    {
        var baseText = Base;
        return Texts.Where(t => text.AlignsWith(t, baseText));
    }
}

/// <summary>A TEI P5 file that passes through to validation and rendering unchanged.</summary>
public sealed record TeiFileDocument(string Id, string Path) : DocumentSource(Id, Path);
