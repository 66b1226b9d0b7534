using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Model;

namespace Edition.Tei.Encoding;

/// <summary>What encoding one text of a document needs to know: ids, counterparts, counters for notes and apparatus.</summary>
internal sealed class EncodingContext(EditionSource edition, AuthoredDocument document, DocumentText text, TextAlignment alignment, List<Diagnostic> diagnostics)
{
    public string Doc => document.Id;

    public string Lang => text.Language;

    /// <summary>What names the text's ids: its language, or a witness's siglum.</summary>
    public string Tag => text.Tag;

    public EditionSource Edition => edition;

    public List<Diagnostic> Diagnostics => diagnostics;

    public TextAlignment Alignment => alignment;

    /// <summary>The texts this one claims to align with, where a keyed segment's counterparts are.</summary>
    public IEnumerable<DocumentText> Aligned => document.AlignedWith(text);

    /// <summary>The document's page images, for the transcription's pointers into them.</summary>
    public FacsimileEncoder? Facsimile { get; init; }

    /// <summary>Whether this text is the one the page images show (its page breaks and segments point to them).</summary>
    public bool IsTranscription => Facsimile?.Transcription == text;

    public int NextNote { get; set; } = 1;

    public int NextApparatus { get; set; } = 1;

    /// <summary>A resp value from the markup: a witness siglum or an editor id, as a pointer.</summary>
    public string Resp(string id) =>
        document.Meta.Witnesses.Any(w => w.Id == id) ? "#" + TeiIds.Witness(Doc, id) : "#" + TeiIds.Editor(Doc, id);

    public string? DefaultEditor => edition.Info.Editors.FirstOrDefault() is { } e ? "#" + TeiIds.Editor(Doc, e.Id) : null;
}
