namespace Edition.Core.Source.Model;

/// <summary>How the print edition sets a document's texts (edition.yml <c>print: {texts: …}</c>); two texts always face each other.</summary>
public enum PrintTexts
{
    /// <summary>The first two texts on facing pages, the others each after them.</summary>
    Facing,

    /// <summary>Each text after the other, under its name.</summary>
    Sequence,

    /// <summary>All texts in columns, row by row.</summary>
    Columns,
}
