using System.Xml;
using System.Xml.Linq;

namespace Edition.Core.Xml;

/// <summary>
/// What stands before a document's content: its DOCTYPE, if any, and its root element's name and place. Read through
/// the prolog alone (<see cref="Read"/>), so it costs the same for a file of any size.
/// </summary>
public sealed record XmlProlog(XmlDoctype? Doctype, XName? Root, int RootLine, int RootColumn)
{
    private static readonly XmlProlog Unknown = new(null, null, 0, 0);

    /// <summary>
    /// The prolog of an XML file. The DOCTYPE is parsed only so that it can be named: nothing is fetched (no
    /// resolver), and entity text is bounded; the content is never read this way. A DOCTYPE this read cannot take
    /// (its internal subset is malformed, or its entities too large) is left unknown, and the root read with the
    /// DOCTYPE ignored, as the document itself is; a prolog that is not well-formed gives nothing (the document's
    /// read reports it).
    /// </summary>
    public static XmlProlog Read(byte[] bytes) => Read(() => new MemoryStream(bytes, writable: false));

    /// <summary>The prolog of the XML a stream gives (opened once more if the DOCTYPE has to be read again).</summary>
    public static XmlProlog Read(Func<Stream> open) =>
        Read(open, DoctypeSettings()) ?? Read(open, SafeXml.ReaderSettings(tolerateDoctype: true)) ?? Unknown;

    private static XmlProlog? Read(Func<Stream> open, XmlReaderSettings settings)
    {
        try
        {
            using var reader = XmlReader.Create(open(), settings);
            XmlDoctype? doctype = null;
            var at = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    doctype = new XmlDoctype(reader.Name, reader.GetAttribute("SYSTEM"), reader.GetAttribute("PUBLIC"), reader.Value, at.LineNumber, at.LinePosition);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    return new XmlProlog(doctype, XName.Get(reader.LocalName, reader.NamespaceURI), at.LineNumber, at.LinePosition);
                }
            }

            return new XmlProlog(doctype, null, 0, 0);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The DOCTYPE parsed so its ids and internal subset can be named; nothing fetched, entity text bounded.</summary>
    private static XmlReaderSettings DoctypeSettings()
    {
        var settings = SafeXml.ReaderSettings();
        settings.DtdProcessing = DtdProcessing.Parse;
        settings.MaxCharactersFromEntities = 64 * 1024;
        return settings;
    }
}
