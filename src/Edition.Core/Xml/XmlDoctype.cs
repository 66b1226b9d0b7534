using System.Text.RegularExpressions;

namespace Edition.Core.Xml;

/// <summary>A DOCTYPE as written: its name, the DTD it names (system and public ids) and its internal subset, and where it stands.</summary>
public sealed partial record XmlDoctype(string Name, string? SystemId, string? PublicId, string InternalSubset, int Line, int Column)
{
    /// <summary>Whether it names a DTD outside the file (which Edition never fetches).</summary>
    public bool NamesDtd => !string.IsNullOrEmpty(SystemId) || !string.IsNullOrEmpty(PublicId);

    /// <summary>The general entities its internal subset declares (not parameter entities, which only shape the DTD).</summary>
    public IReadOnlyList<string> DeclaredEntities => EntityDeclaration().Matches(InternalSubset).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"<!ENTITY\s+([^\s%][^\s""']*)")]
    private static partial Regex EntityDeclaration();
}
