namespace Edition.Tei.Reading.Views;

/// <summary>
/// Where the documents' whole views wait (on disk) while <see cref="EditionView.Documents"/> holds their summaries:
/// a corpus's texts are not held in memory between the stages that read them one document at a time.
/// </summary>
public interface IDocumentViewStore
{
    /// <summary>The whole view of a summary this store made; null for any other view (a volume's part, kept whole).</summary>
    DocumentView? Read(DocumentView summary);
}
