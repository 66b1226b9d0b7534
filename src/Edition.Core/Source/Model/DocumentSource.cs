namespace Edition.Core.Source.Model;

/// <summary>A document of the edition: authored in Edition's format, or a ready TEI file.</summary>
public abstract record DocumentSource(string Id, string Path);

/// <summary>A folder with <c>document.yml</c> and one text file per language.</summary>
public sealed record AuthoredDocument(string Id, string Path, DocumentMeta Meta, IReadOnlyList<DocumentText> Texts)
    : DocumentSource(Id, Path);

/// <summary>A TEI P5 file that passes through to validation and rendering unchanged.</summary>
public sealed record TeiFileDocument(string Id, string Path) : DocumentSource(Id, Path);
