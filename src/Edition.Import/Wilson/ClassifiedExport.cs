using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Export;
using Edition.Import.Wilson.Layout;

namespace Edition.Import.Wilson;

/// <summary>An export read and understood: its header, its archival citation and each language's blocks, classified.</summary>
internal sealed record ClassifiedExport(
    ExportText Text, ExportHeader Header, string Language, CitationParseResult Citation, List<LayoutBlock> Original, List<LayoutBlock> Translation);
