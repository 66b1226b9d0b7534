using System.Xml.Linq;

namespace Edition.Tei.Reading;

/// <summary>
/// The hands a TEI file describes (<c>handNote</c>, in <c>handNotes</c> or a manuscript's <c>handDesc</c>), by id: a
/// hand shift's or a change's pointer shown as the hand's description. Read once per file, when a pointer first asks.
/// </summary>
internal sealed class HandNotes
{
    private Dictionary<string, string>? _descriptions;

    /// <summary>The description of the hand <paramref name="pointer"/> names (<c>#doc-hand-h2</c>), else the pointer's id.</summary>
    public string? Describe(XElement from, string? pointer)
    {
        var id = TeiNames.Target(pointer);
        if (id is null)
        {
            return null;
        }

        _descriptions ??= Read(from.Document?.Root);
        return _descriptions.TryGetValue(id, out var description) ? description : id;
    }

    private static Dictionary<string, string> Read(XElement? root)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null)
        {
            return descriptions;
        }

        foreach (var note in root.Descendants(TeiNames.N("handNote")))
        {
            if (note.Id() is { } id && note.Text() is { Length: > 0 } text)
            {
                descriptions.TryAdd(id, text);
            }
        }

        return descriptions;
    }
}
