namespace Edition.Import.Wilson.Names;

/// <summary>
/// A person or place the importer can recognise, and what it writes into persons.yml / places.yml.
/// Settable properties: YamlDotNet fills them from the embedded gazetteer.
/// </summary>
internal sealed class GazetteerEntry
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Dictionary<string, string> Names { get; set; } = [];

    public List<string> Aliases { get; set; } = [];

    public string? Birth { get; set; }

    public string? Death { get; set; }

    public string? Note { get; set; }

    public string? Wikidata { get; set; }

    public string? Viaf { get; set; }

    /// <summary>Forms to look for, per language code; "Stem(a|b)" spells out case endings.</summary>
    public Dictionary<string, List<string>> Forms { get; set; } = [];

    /// <summary>Set when loaded: "person" or "place", the directive that links to it.</summary>
    public string Kind { get; set; } = "person";

    /// <summary>
    /// Names found only in the apparatus (dispatch notes, a certifying signature) are linked once per block:
    /// "Смирнов / /Смирнов/" is one person signing, not two mentions.
    /// </summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public bool LinkOncePerBlock { get; set; }

    /// <summary>This entry under the id the project already uses for it.</summary>
    public GazetteerEntry WithId(string id)
    {
        var copy = (GazetteerEntry)MemberwiseClone();
        copy.Id = id;
        return copy;
    }
}
