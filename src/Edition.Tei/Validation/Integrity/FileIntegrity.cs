using MemoryPack;
using Edition.Core.Diagnostics;
using Edition.Core.Text;

namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// What referential integrity needs of one TEI file, taken from that file alone: its ids (the first element of
/// each, in document order), the findings no other file can change (repeated ids, local pointers, dates,
/// alignment), and its pointers into other files. The cross-file checks need nothing else, so the build cache
/// keeps these facts by content and an unchanged file is not walked, or even parsed, again.
/// </summary>
[MemoryPackable]
public sealed partial record FileIntegrity(
    string FileName,
    bool IsAuthorityList,
    bool IsVolume,
    IReadOnlyList<IdPlace> Ids,
    IReadOnlyList<Diagnostic> Local,
    IReadOnlyList<OutboundPointer> Outbound,
    AlignmentCoverage Coverage);

/// <summary>An id's first element: its name, where a finding on it is reported, and its line in the TEI file.</summary>
[MemoryPackable]
public sealed partial record IdPlace(string Id, string Element, SourceSpan Primary, SourceSpan? Secondary, int TeiLine);

/// <summary>A pointer into another file of the edition (<c>persons.xml#mao</c>), with where a finding on it is reported.</summary>
[MemoryPackable]
public sealed partial record OutboundPointer(string File, string? Fragment, string Token, string Where, SourceSpan Primary, SourceSpan? Secondary);
