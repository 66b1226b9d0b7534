namespace Edition.Import.Wilson.Citation;

/// <summary>An archive the importer can name in full from its abbreviation.</summary>
internal sealed record KnownRepository(string Abbr, string Name, string Settlement, string Country);
