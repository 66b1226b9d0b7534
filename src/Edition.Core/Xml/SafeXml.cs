using System.Xml;
using System.Xml.Linq;

namespace Edition.Core.Xml;

/// <summary>
/// The one factory for every XML read in Edition: no DTD processing, no external resolution (no XXE,
/// no entity expansion bombs), bounded document size.
/// </summary>
public static class SafeXml
{
    public const long MaxCharacters = 512L * 1024 * 1024;

    /// <summary>The longest attribute value read (characters); a longer one ends the read with <see cref="AttributeTooLongException"/>.</summary>
    public const int MaxAttributeCharacters = 1_000_000;

    /// <param name="tolerateDoctype">Ignore (rather than reject) a DOCTYPE; entities in it are never expanded.</param>
    public static XmlReaderSettings ReaderSettings(bool tolerateDoctype = false) => new()
    {
        DtdProcessing = tolerateDoctype ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreWhitespace = false,
        IgnoreComments = false,
        CloseInput = true,
    };

    /// <summary>Loads a document with line information kept, for diagnostics.</summary>
    public static XDocument Load(string path, bool tolerateDoctype = true)
    {
        using var reader = XmlReader.Create(path, ReaderSettings(tolerateDoctype));
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }

    /// <summary>Loads a document from a stream (its encoding from the byte order mark or XML declaration), with line information kept.</summary>
    public static XDocument Load(Stream stream, bool tolerateDoctype = true)
    {
        using var reader = XmlReader.Create(stream, ReaderSettings(tolerateDoctype));
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }

    /// <summary>Reads a document through without building a tree: throws at the first well-formedness error, as a load would.</summary>
    public static void CheckWellFormed(Stream stream, bool tolerateDoctype = true)
    {
        using var reader = XmlReader.Create(stream, ReaderSettings(tolerateDoctype));
        while (reader.Read())
        {
            AttributeLimit.Check(reader);
        }
    }

    public static XDocument Parse(string text, string baseUri = "", bool tolerateDoctype = true)
    {
        using var reader = XmlReader.Create(new StringReader(text), ReaderSettings(tolerateDoctype), baseUri);
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }
}
