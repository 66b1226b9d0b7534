using System.Xml;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// What the TEI of a volume says, read independently of Edition with a plain XmlReader: its document
/// divisions and the footnotes inside each (FRUS source notes have no xml:id) (the expectations the rendered site is checked against).
/// </summary>
public sealed record VolumeFacts(IReadOnlyList<string> Documents, IReadOnlyList<(string Document, string? Id)> Footnotes)
{
    private const string TeiNs = "http://www.tei-c.org/ns/1.0";

    public static VolumeFacts Read(string path)
    {
        var documents = new List<string>();
        var notes = new List<(string, string?)>();
        var open = new Stack<string?>();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "div" && reader.NamespaceURI == TeiNs)
            {
                open.Pop();
            }

            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TeiNs)
            {
                continue;
            }

            var id = reader.GetAttribute("id", "http://www.w3.org/XML/1998/namespace");
            if (reader.LocalName == "div")
            {
                var document = reader.GetAttribute("type") == "document" ? id : null;
                if (document is not null)
                {
                    documents.Add(document);
                }

                if (!reader.IsEmptyElement)
                {
                    open.Push(document ?? open.FirstOrDefault(d => d is not null));
                }
            }
            else if (reader.LocalName == "note" && open.FirstOrDefault(d => d is not null) is { } owner)
            {
                notes.Add((owner, id));
            }
        }

        return new VolumeFacts(documents, notes);
    }
}
