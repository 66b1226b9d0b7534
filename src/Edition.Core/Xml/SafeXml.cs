using System.Xml;
using System.Xml.Linq;

namespace Edition.Core.Xml;

/// <summary>
/// The one factory for every XML read in Edition: no DTD processing, no external resolution (no XXE,
/// no entity expansion bombs), bounded document size, bounded nesting.
/// </summary>
public static class SafeXml
{
    public const long MaxCharacters = 512L * 1024 * 1024;

    /// <summary>
    /// The deepest nesting of elements Edition reads (the root is level 1). Real TEI nests about 20 deep (FRUS 16, the
    /// TEI's own test files 20). The bound keeps every recursive walk of a tree, its views and their rendering within a
    /// thread pool thread's stack (1.5 MB): the print theme renders nested blocks by template recursion, which holds
    /// about a hundred levels there.
    /// </summary>
    public const int MaxDepth = 64;

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
        using var reader = Limited(XmlReader.Create(path, ReaderSettings(tolerateDoctype)));
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }

    /// <summary>Loads a document from a stream (its encoding from the byte order mark or XML declaration), with line information kept.</summary>
    public static XDocument Load(Stream stream, bool tolerateDoctype = true)
    {
        using var reader = Limited(XmlReader.Create(stream, ReaderSettings(tolerateDoctype)));
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }

    /// <summary>Reads a document through without building a tree: throws at the first well-formedness error (or element too deep), as a load would.</summary>
    public static void CheckWellFormed(Stream stream, bool tolerateDoctype = true)
    {
        using var reader = Limited(XmlReader.Create(stream, ReaderSettings(tolerateDoctype)));
        while (reader.Read())
        {
            AttributeLimit.Check(reader);
        }
    }

    /// <param name="maxDepth">The deepest nesting allowed (a fragment wrapped in an element of its own may allow less).</param>
    public static XDocument Parse(string text, string baseUri = "", bool tolerateDoctype = true, int maxDepth = MaxDepth)
    {
        using var reader = Limited(XmlReader.Create(new StringReader(text), ReaderSettings(tolerateDoctype), baseUri), maxDepth);
        return AttributeLimit.Checked(XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace));
    }

    /// <summary>
    /// Where a document first nests elements deeper than <see cref="MaxDepth"/>, read through without a tree; null if
    /// it does not (or is not well-formed before that: the validators that follow report that themselves).
    /// </summary>
    public static XmlNestingException? NestingError(Stream stream)
    {
        try
        {
            CheckWellFormed(stream);
            return null;
        }
        catch (XmlNestingException e)
        {
            return e;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Wraps a reader so that it throws <see cref="XmlNestingException"/> at the first element nested deeper than <paramref name="maxDepth"/>.</summary>
    public static XmlReader Limited(XmlReader reader, int maxDepth = MaxDepth) => new DepthLimitedXmlReader(reader, maxDepth);
}
