using System.Xml;

namespace Edition.Core.Xml;

/// <summary>
/// An XML reader that stops at the first element nested deeper than a limit, before any tree is built: every walk
/// over what was read (readers, validators, renderers) may then recurse over the nesting without fear for the stack.
/// Everything else is the inner reader's.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    private readonly IXmlLineInfo? _lines = inner as IXmlLineInfo;

    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        // Depth counts from 0 at the root element.
        if (inner.NodeType == XmlNodeType.Element && inner.Depth >= maxDepth)
        {
            throw new XmlNestingException(maxDepth, LineNumber, LinePosition);
        }

        return true;
    }

    public int LineNumber => _lines?.LineNumber ?? 0;

    public int LinePosition => _lines?.LinePosition ?? 0;

    public bool HasLineInfo() => _lines?.HasLineInfo() == true;

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool HasValue => inner.HasValue;

    public override bool IsDefault => inner.IsDefault;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override char QuoteChar => inner.QuoteChar;

    public override ReadState ReadState => inner.ReadState;

    public override XmlReaderSettings? Settings => inner.Settings;

    public override string Value => inner.Value;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override bool CanResolveEntity => inner.CanResolveEntity;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
