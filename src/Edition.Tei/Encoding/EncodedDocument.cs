using System.Security.Cryptography;
using System.Xml.Linq;
using Edition.Core.Text;
using Edition.Core.Xml;

namespace Edition.Tei.Encoding;

/// <summary>
/// One TEI file of the edition's output: its name under <c>tei/</c>, its XML, and (for encoded documents)
/// the author's files it came from. A TEI-in document is passed through as its original bytes, and parsed
/// only when a stage needs its tree: a build whose caches already hold what the file yields never parses it.
/// The XML is not changed once encoded, so its text and content hash are computed once, on first use.
/// </summary>
public sealed class EncodedDocument
{
    private readonly bool _passThrough;
    private Lazy<XDocument> _tei;
    private byte[]? _bytes;
    private string? _text;
    private string? _hash;

    /// <summary>TEI that Edition encoded (or that a test built): the tree is the document.</summary>
    public EncodedDocument(string id, string fileName, XDocument tei, string? sourceFile)
        : this(id, fileName, sourceFile, null, new Lazy<XDocument>(tei))
    {
    }

    /// <summary>A TEI-in file, passed through as <paramref name="bytes"/>; given no tree, it is parsed from the bytes when first needed.</summary>
    public EncodedDocument(string id, string fileName, XDocument? tei, string? sourceFile, byte[] bytes, string? contentHash = null)
        : this(id, fileName, sourceFile, bytes, tei is not null ? new Lazy<XDocument>(tei) : null)
    {
        _hash = contentHash;
    }

    private EncodedDocument(string id, string fileName, string? sourceFile, byte[]? bytes, Lazy<XDocument>? tei)
    {
        Id = id;
        FileName = fileName;
        SourceFile = sourceFile;
        _bytes = bytes;
        _passThrough = bytes is not null;
        _tei = tei ?? Parser();
    }

    public string Id { get; }

    public string FileName { get; }

    /// <summary>The author's file it came from (document.yml for encoded documents, the TEI file for TEI-in).</summary>
    public string? SourceFile { get; }

    /// <summary>A TEI-in file's bytes, written out unchanged (read again from its file once let go: <see cref="ReleaseBytes"/>).</summary>
    public byte[]? PassThroughBytes => !_passThrough ? null : _bytes ?? Reread();

    /// <summary>The tree, with line information and whitespace kept (a TEI-in file is parsed on first use).</summary>
    public XDocument Tei => _tei.Value;

    /// <summary>Whether the tree exists yet (a TEI-in file no stage has needed is not parsed).</summary>
    public bool IsParsed => _tei.IsValueCreated;

    /// <summary>
    /// Lets go of a TEI-in file's tree once the steps that walk it are done (it is parsed again if asked for), so a
    /// corpus's trees, many times its bytes, need not all exist at once. Encoded TEI keeps its tree, which is the
    /// document itself. Not to be called while another thread may still be reading the tree.
    /// </summary>
    public void ReleaseTree()
    {
        if (_passThrough && _tei.IsValueCreated)
        {
            _tei = Parser();
        }
    }

    /// <summary>
    /// Lets go of a TEI-in file's bytes (and tree) once the stages that read every file are done: a corpus's bytes
    /// then need not be held while its site is rendered. Asked for again, they are read again from the file and
    /// must hash as before: a file changed during the build is an error, never a mixture of two versions.
    /// </summary>
    public void ReleaseBytes()
    {
        if (_passThrough && SourceFile is not null)
        {
            _ = ContentHash;
            _bytes = null;
            _text = null;
            _tei = Parser();
        }
    }

    private byte[] Reread()
    {
        var bytes = File.ReadAllBytes(SourceFile!);
        return Hash(bytes) == ContentHash ? bytes : throw new IOException($"{SourceFile} changed during the build: run the build again");
    }

    private Lazy<XDocument> Parser() =>
        new(() => SafeXml.Load(new MemoryStream(PassThroughBytes!, writable: false)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The exact text written to disk (a pass-through file's byte order mark is not text: XML parsers reject it in a string).</summary>
    public string Text => _text ??= PassThroughBytes is { } bytes ? Core.Xml.XmlFileText.Decode(bytes) : TeiWriter.Write(Tei);

    /// <summary>SHA-256 (hex) of the bytes written to disk: what caches key this document's later stages by.</summary>
    public string ContentHash => _hash ??= Hash(_bytes ?? System.Text.Encoding.UTF8.GetBytes(Text));

    public bool IsPassThrough => _passThrough;

    /// <summary>
    /// The document as an output file under <paramref name="folder"/> (<c>tei/</c>, <c>site/tei/</c>): a TEI-in
    /// file's bytes are read only if the file must be written, and must hash as they did when the build read them.
    /// </summary>
    public Core.Output.OutputFile AsOutput(string folder) => _passThrough
        ? Core.Output.OutputFile.Hashed(folder + FileName, () => PassThroughBytes!, ContentHash)
        : Core.Output.OutputFile.Text(folder + FileName, Text);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Where in the author's sources an element came from, if it was encoded by Edition.</summary>
    public static SourceSpan? SourceOf(XElement element) => SourceAnnotation.SourceOf(element);
}
