using System.Xml.Linq;

namespace Edition.RelaxNg.Parsing;

/// <summary>Annotation on an element created by simplification: the schema element it stands for.</summary>
internal sealed class OriginalElement(XElement element)
{
    public XElement Element { get; } = element;
}
