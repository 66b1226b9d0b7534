using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// How a TEI file of several documents (a volume, as FRUS's: <c>div[@type='document']</c> inside chapters,
/// compilations, sections) is cut into pages. Every document division is a page; so is every other division that
/// is a child of <c>front</c>, <c>body</c>, <c>back</c> or of a division holding documents, each showing its own
/// text without the pages inside it; a division that holds no document keeps its subdivisions on its page.
/// What <c>front</c>, <c>body</c> or <c>back</c> hold outside divisions (a title page) is a page too. A file of
/// one document division is that document alone, as a file of none is its whole text.
/// </summary>
internal sealed class VolumeStructure
{
    private readonly HashSet<XElement> _holdingDocuments = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly string _stem;
    private int _position;

    private VolumeStructure(string teiFile, IReadOnlyList<XElement> documents)
    {
        _stem = Path.GetFileNameWithoutExtension(teiFile);
        Documents = documents;
        var volumeName = documents.Count > 1 ? _stem : null;
        foreach (var div in documents)
        {
            var id = div.Id() is not { } divId ? $"{_stem}-{div.ElementsBeforeSelf().Count() + 1}" : volumeName is null ? divId : $"{volumeName}-{divId}";
            DocumentIds[div] = id;
            PageDivisions.Add(div);
            _ids.Add(id);
            for (var a = div.Parent; a is not null && _holdingDocuments.Add(a); a = a.Parent)
            {
            }
        }
    }

    /// <summary>The document divisions, in document order.</summary>
    public IReadOnlyList<XElement> Documents { get; }

    /// <summary>Each document division's page id: the division's xml:id, with the file's name first when the file holds several (every FRUS volume has a d1).</summary>
    public Dictionary<XElement, string> DocumentIds { get; } = [];

    public Dictionary<XElement, VolumePlace> Places { get; } = [];

    public List<VolumePart> Parts { get; } = [];

    /// <summary>The division elements that are pages (documents and parts), for anchors.</summary>
    public HashSet<XElement> PageDivisions { get; } = [];

    /// <summary>The file's structure (without parts for a single document division), or null when its text holds no document division (it is then one document).</summary>
    public static VolumeStructure? Of(string teiFile, XElement root)
    {
        var text = root.Name == TeiNames.N("TEI") ? root.Element(TeiNames.N("text")) : null;
        var documents = text?.Descendants(TeiNames.N("div")).Where(IsDocument).ToList();
        if (documents is not { Count: > 0 })
        {
            return null;
        }

        var structure = new VolumeStructure(teiFile, documents);
        if (documents.Count < 2)
        {
            return structure;
        }

        foreach (var matter in text!.Elements().Where(e => e.Name == TeiNames.N("front") || e.Name == TeiNames.N("body") || e.Name == TeiNames.N("back")))
        {
            structure.Matter(matter);
        }

        return structure;
    }

    public static bool IsDocument(XElement e) => e.Name == TeiNames.N("div") && e.Attr("type") == "document";

    /// <summary>A <c>front</c>, <c>body</c> or <c>back</c>: its loose content a page if it has text, then its divisions.</summary>
    private void Matter(XElement matter)
    {
        var name = matter.Name.LocalName;
        var own = matter.Nodes().Where(n => n is not XElement e || !IsDivision(e)).ToList();
        VolumePart? loose = null;
        if (own.OfType<XElement>().Any(e => e.Text().Length > 0))
        {
            loose = new VolumePart(UniqueId($"{_stem}-{name}"), null, matter, own, new VolumePlace(name, null, null, _position++));
            Parts.Add(loose);
        }

        Children(matter, name, null);
    }

    private void Children(XElement container, string matter, VolumePart? parent)
    {
        foreach (var div in container.Elements().Where(IsDivision))
        {
            var place = new VolumePlace(matter, parent?.Id, parent is null ? null : Title(parent.Element), _position++);
            if (IsDocument(div))
            {
                Places[div] = place;
                continue;
            }

            var holds = _holdingDocuments.Contains(div);
            var own = holds ? div.Nodes().Where(n => n is not XElement e || !IsDivision(e)).ToList() : div.Nodes().ToList();
            var part = new VolumePart(UniqueId(div.Id() is { } id ? $"{_stem}-{id}" : $"{_stem}-{matter}-{_position}"), div.Id(), div, own, place);
            Parts.Add(part);
            PageDivisions.Add(div);
            if (holds)
            {
                Children(div, matter, part);
            }
        }
    }

    /// <summary>A part's title: its head, else its <c>@n</c>, else nothing (the site names it by where it stands).</summary>
    public static string Title(XElement part) =>
        part.Element(TeiNames.N("head")).Text() is { Length: > 0 } head ? head : part.Attr("n") ?? "";

    private static bool IsDivision(XElement e) => e.Name == TeiNames.N("div");

    private string UniqueId(string id)
    {
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
