using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>One TEI file of the edition with the places of its ids, from which links into it are resolved.</summary>
[MemoryPackable]
public sealed partial record TeiFileView(string FileName, IReadOnlyList<AnchorView> Anchors);

/// <summary>
/// An element with an xml:id (or, with <c>Id</c> null, one where the enclosing pages change), in document order,
/// with the ids of the page divisions it is in or is, innermost first: the <c>div[@type='document']</c> elements and,
/// in a volume, the divisions that are pages of their own (chapters, front and back matter).
/// </summary>
[MemoryPackable]
public sealed partial record AnchorView(string? Id, IReadOnlyList<string> DocumentDivs);
