using System.Xml.Linq;

namespace Edition.RelaxNg.Simplification;

/// <summary>The schema after spec 4.18: one start pattern and uniquely named definitions.</summary>
internal sealed record FlatGrammar(XElement Start, IReadOnlyDictionary<string, XElement> Defines);
