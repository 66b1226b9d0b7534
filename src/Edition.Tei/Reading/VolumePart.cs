using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// A part of a volume that is not a document but becomes a page of its own: a division of <c>front</c>, <c>body</c>
/// or <c>back</c> beside the documents (chapter, compilation, appendix, preface…), or what <c>front</c> or
/// <c>back</c> holds outside any division (a title page). <paramref name="Own"/> is what its page shows: the
/// division's nodes but the pages within it.
/// </summary>
internal sealed record VolumePart(string Id, string? DivId, XElement Element, IReadOnlyList<XNode> Own, VolumePlace Place);
