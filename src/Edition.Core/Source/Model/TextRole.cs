namespace Edition.Core.Source.Model;

/// <summary>What a text of a document is; the order here is the order of the texts after the base.</summary>
public enum TextRole
{
    Original,
    Translation,

    /// <summary>Another copy of the base text (a draft, the recipient's copy), named by its siglum.</summary>
    Witness,
}
