namespace Edition.Core.Source.Model;

/// <summary>Whether the print edition shows a document's page images (edition.yml <c>print: {facsimiles: …}</c>).</summary>
public enum PrintFacsimiles
{
    /// <summary>No page images in print (the default).</summary>
    None,

    /// <summary>Each local page image as a plate of its own after the document, captioned with its page's label.</summary>
    Plates,
}
