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

    /// <summary>The largest XML file Edition reads.</summary>
    public const int MaxXmlBytes = 1024 * 1024 * 1024;
}
