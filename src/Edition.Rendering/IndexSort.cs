using Edition.Core.Conventions;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering;

/// <summary>
/// The order of the indexes, one for the site's pages and the print's: persons under their surname (the TEI's sort
/// key, else derived from the name shown), places and terms as named; compared by the language's collation.
/// </summary>
public static class IndexSort
{
    /// <param name="name">The entry's name as the index shows it (in the page's language).</param>
    public static string Key(EntryView entry, string name, EditionView edition, CitationConvention language)
    {
        if (entry.Kind != "person")
        {
            return name;
        }

        if (entry.SortKey is { } key)
        {
            if (name == entry.Name)
            {
                return key;
            }

            if (key == entry.Name)
            {
                return name; // a name sorted as written (Mao Zedong) is so in every language
            }
        }

        return PersonSortKey.Of(name, language.Names, edition.Conventions.Particles);
    }

    /// <summary>The entries in index order: by key in the language's collation, then by id.</summary>
    public static IEnumerable<EntryView> Order(IEnumerable<EntryView> entries, Func<EntryView, string> name, EditionView edition, CitationConvention language) =>
        entries.Select(e => (Entry: e, Key: Key(e, name(e), edition, language)))
            .OrderBy(x => x.Key, IndexOrder.For(language)).ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Select(x => x.Entry);
}
