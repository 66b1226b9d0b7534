using System.Xml.Linq;
using Edition.Core.Xml;

namespace Edition.Benchmarks.Corpus;

/// <summary>
/// A corpus of many small TEI files made from the FRUS volumes: each <c>div[@type='document']</c> becomes
/// its own TEI file (the volume's header, a body holding that one division), cycling through the volumes
/// until there are as many as asked. Ids are made unique per file so every document gets its own page.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    /// <summary>Writes an edition project (edition.yml, documents/*.xml) into <paramref name="project"/>.</summary>
    public static IReadOnlyList<string> Create(string project, IReadOnlyList<string> volumes, int count)
    {
        var documents = Path.Combine(project, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: synthetic\ntitle: \"Synthetic corpus of {count} FRUS documents\"\nlanguages: [en]\nbase_url: \"https://example.org/synthetic/\"\n");
        var sources = volumes.Select(v => (Name: Path.GetFileNameWithoutExtension(v), Tei: SafeXml.Load(v))).ToList();
        var divisions = sources.SelectMany(s => s.Tei.Descendants(Tei + "div").Where(d => (string?)d.Attribute("type") == "document").Select(d => (s.Name, Header: s.Tei.Root!.Element(Tei + "teiHeader")!, Div: d))).ToList();
        var written = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (volume, header, div) = divisions[i % divisions.Count];
            var id = $"{volume}-{(string?)div.Attribute(XNamespace.Xml + "id") ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{i / divisions.Count}";
            var copy = new XElement(div);
            copy.SetAttributeValue(XNamespace.Xml + "id", id);
            var tei = new XDocument(new XElement(Tei + "TEI", new XElement(header), new XElement(Tei + "text", new XElement(Tei + "body", copy))));
            Prefix(tei, id);
            var path = Path.Combine(documents, id + ".xml");
            tei.Save(path);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Ids must be unique across an edition: every other xml:id (and the '#id' pointers to it) gets the file's prefix.</summary>
    private static void Prefix(XDocument tei, string prefix)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in tei.Descendants().Select(e => e.Attribute(XNamespace.Xml + "id")).OfType<XAttribute>().Where(a => a.Value != prefix))
        {
            ids.Add(a.Value);
            a.Value = prefix + "." + a.Value;
        }

        foreach (var a in tei.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name != XNamespace.Xml + "id" && a.Value.Contains('#', StringComparison.Ordinal)))
        {
            a.Value = string.Join(' ', a.Value.Split(' ').Select(t => t.StartsWith('#') && ids.Contains(t[1..]) ? "#" + prefix + "." + t[1..] : t));
        }
    }
}
