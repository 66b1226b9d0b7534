using Edition.Core.Diagnostics;

namespace Edition.Tei.Encoding;

/// <summary>The findings of the Encode stage about TEI written by the editor.</summary>
public static class EncodingDiagnostics
{
    public static readonly DiagnosticDescriptor TeiNotWellFormed = new(
        "ED1201", Severity.Error, "TEI file not well-formed", "{0}",
        "A TEI file given to Edition (a TEI-in document, or a file checked by `edition validate`) is not well-formed XML. Fix it at the line named.");

    public static readonly DiagnosticDescriptor TeiTooLarge = new(
        "ED1202", Severity.Error, "XML file too large", "the file holds more than {0} MB, or is not a file but a device: Edition reads XML files up to that size",
        "A TEI or XML file given to Edition is larger than the limit (1024 MB), or is a device such as /dev/zero rather than a file. Edition never reads more than a file's size, so memory stays bounded; split a file that large.");

    public static readonly DiagnosticDescriptor TeiNestedTooDeep = new(
        "ED1203", Severity.Error, "XML nested too deeply", "elements nested deeper than {0} levels: Edition reads XML up to that depth",
        "A TEI or XML file given to Edition (a TEI-in document, or a file checked by `edition validate`) nests elements deeper than the limit (64 levels, the root element being the first; real TEI nests about 20 deep). The element named is the first one too deep. Nothing of the file is read further: flatten the nesting there.");

    public static readonly DiagnosticDescriptor XmlNotARegularFile = new(
        "ED1205", Severity.Error, "XML file not a regular file", "'{0}' is {1}, not a regular file: Edition reads only regular files",
        "A TEI-in document of the project is a FIFO (named pipe), a device or a socket. Opening a FIFO waits for a writer for ever and a device may never end, so Edition refuses such a file without opening it. Put a regular file in its place.");

    public static readonly DiagnosticDescriptor AttributeTooLong = new(
        "ED1206", Severity.Error, "Attribute value too long", "{0}",
        "An attribute of a TEI-in document holds more than 1,000,000 characters. TEI attributes are pointers, dates and lists of ids; a value that long would be copied by every later step at gigabytes of memory, so the file is refused at that attribute. Move the text into the element's content.");

    public static readonly DiagnosticDescriptor DtdNotRead = new(
        "ED1207", Severity.Warning, "DTD not read", "{0} (Edition reads no DTD): the entities declared there are not expanded, and the attribute defaults given there are not applied",
        "A TEI-in document's DOCTYPE names a DTD (a SYSTEM or PUBLIC id), or declares entities in its internal subset. Edition reads XML with DTDs off and never fetches one (a DTD may be anywhere on the network, and its entities can blow a file up a billion times), so the document is read as if the DOCTYPE were not there. It builds as long as it uses none of the DTD's entities (a reference to one stops the build with ED1209) and relies on none of its attribute defaults. TEI P5 needs no DTD: remove the DOCTYPE, or keep it and ignore this warning.");

    public static readonly DiagnosticDescriptor NotTeiP5 = new(
        "ED1208", Severity.Error, "Not TEI P5", "the root element is {0}, not TEI or teiCorpus in the TEI namespace (http://www.tei-c.org/ns/1.0): the file cannot be read as TEI P5{1}",
        "A TEI-in document's root element must be `TEI` or `teiCorpus` in the TEI P5 namespace, `http://www.tei-c.org/ns/1.0`. The file is not read (its elements would not be recognised and its text would be lost). A TEI P4 file (root `TEI.2`, no namespace) must first be converted to P5: the TEI Stylesheets' `p4top5.xsl` does it. A P5 file written without its namespace needs `xmlns=\"http://www.tei-c.org/ns/1.0\"` on its root. A file of another vocabulary does not belong under `documents/`.");

    public static readonly DiagnosticDescriptor EntityOfUnreadDtd = new(
        "ED1209", Severity.Error, "Entity of an unread DTD", "the entity '&{0};' is not declared: {1} (Edition reads no DTD), so the entities declared there are not defined{2}",
        "A TEI-in document refers to an entity (such as `&mdash;`) that only its DOCTYPE's DTD or internal subset declares. Edition reads no DTD (see ED1207), so the reference cannot be resolved and the file is not well-formed as read. Write what it stands for in its place: the character itself, or a numeric character reference (`&#x2014;`), which the message gives when the name is a common one (`&mdash;`, `&eacute;`).");

    /// <summary>The largest XML file Edition reads.</summary>
    public const int MaxXmlBytes = 1024 * 1024 * 1024;
}
