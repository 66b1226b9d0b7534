using Edition.Core.Source.Yaml;
using System.Text;
using Edition.Core.Source.Model;

namespace Edition.Import.Wilson.Output;

/// <summary>Writes document.yml in the field order of the hand-made sample: the fields an import fills.</summary>
internal static class DocumentYamlWriter
{
    public static string Write(DocumentMeta m, IReadOnlyList<string> textFiles)
    {
        var y = new StringBuilder();
        y.Append("# One document: its metadata. ").Append(textFiles.Count == 1 ? "The text is " : "The texts are ")
            .AppendJoin(" and ", textFiles).Append(" beside this file.\n");
        y.Append("# Imported from a Wilson Center Digital Archive export by `edition import wilson`: check it against the import report.\n");
        y.Append("title: ").Append(YamlText.Quote(m.Title)).Append('\n');
        y.Append("date: ").Append(m.Date).Append('\n');
        Field(y, "", "type", m.Type);
        QuotedField(y, "", "type_label", m.TypeLabel);
        Party(y, "sender", m.Sender);
        Party(y, "recipient", m.Recipient);
        Archives(y, m.Archives);
        Identifiers(y, m.Identifiers);
        if (m.Source is { } source)
        {
            y.Append("source:\n");
            QuotedField(y, "  ", "title", source.Title);
            QuotedField(y, "  ", "url", source.Url);
            QuotedField(y, "  ", "record", source.Record);
            QuotedField(y, "  ", "citation", source.Citation);
        }

        QuotedField(y, "", "summary", m.Summary);
        y.Append("language: ").Append(m.Language).Append('\n');
        if (m.Translation is { } translation)
        {
            y.Append("translation:\n  language: ").Append(translation.Language).Append('\n');
            QuotedField(y, "  ", "credit", translation.Credit);
        }

        QuotedField(y, "", "rights", m.Rights);
        Witnesses(y, m.Witnesses);
        Revisions(y, m.Revisions);
        return y.ToString();
    }

    /// <summary>A correspondent's ids; the time of receipt is the recipient's.</summary>
    private static void Party(StringBuilder y, string key, Correspondent? c)
    {
        if (c is null)
        {
            return;
        }

        y.Append(key).Append(":\n");
        Field(y, "  ", "person", c.PersonId);
        Field(y, "  ", "place", c.PlaceId);
        if (c.When is not null)
        {
            y.Append("  received: ").Append(c.When).Append('\n');
        }
    }

    /// <summary>The first holding is <c>archive</c>, further ones <c>archives</c>.</summary>
    private static void Archives(StringBuilder y, IReadOnlyList<ArchiveLocation> archives)
    {
        if (archives.Count > 0)
        {
            y.Append("archive:\n");
            Archive(y, "  ", "  ", archives[0]);
        }

        if (archives.Count > 1)
        {
            y.Append("archives:\n");
            foreach (var a in archives.Skip(1))
            {
                Archive(y, "  - ", "    ", a);
            }
        }
    }

    private static void Archive(StringBuilder y, string first, string indent, ArchiveLocation a)
    {
        var lead = first;
        void Put(string key, string? value, bool quote)
        {
            if (value is null)
            {
                return;
            }

            y.Append(lead).Append(key).Append(": ").Append(quote ? YamlText.Quote(value) : YamlText.Scalar(value)).Append('\n');
            lead = indent;
        }

        Put("country", a.Country, false);
        Put("settlement", a.Settlement, false);
        Put("repository", a.Repository, true);
        Put("repository_abbr", a.RepositoryAbbr, false);
        Put("fond", a.Fond, true);
        Put("opis", a.Opis, true);
        Put("papka", a.Papka, true);
        Put("delo", a.Delo, true);
        Put("folios", a.Folios, true);
    }

    private static void Identifiers(StringBuilder y, IReadOnlyList<Identifier> identifiers)
    {
        if (identifiers.Count == 0)
        {
            return;
        }

        y.Append("identifiers:\n");
        foreach (var i in identifiers)
        {
            y.Append("  - type: ").Append(YamlText.Scalar(i.Type)).Append('\n');
            y.Append("    value: ").Append(YamlText.Quote(i.Value)).Append('\n');
            QuotedField(y, "    ", "label", i.Label);
        }
    }

    private static void Witnesses(StringBuilder y, IReadOnlyList<Witness> witnesses)
    {
        if (witnesses.Count == 0)
        {
            return;
        }

        y.Append("witnesses:\n");
        foreach (var w in witnesses)
        {
            y.Append("  - id: ").Append(w.Id).Append('\n');
            QuotedField(y, "    ", "label", w.Label);
        }
    }

    private static void Revisions(StringBuilder y, IReadOnlyList<Revision> revisions)
    {
        y.Append("revisions:\n");
        foreach (var r in revisions)
        {
            y.Append("  - date: ").Append(r.Date).Append('\n');
            Field(y, "    ", "who", r.Who);
            QuotedField(y, "    ", "what", r.What);
        }
    }

    private static void Field(StringBuilder y, string indent, string key, string? value)
    {
        if (value is not null)
        {
            y.Append(indent).Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
        }
    }

    private static void QuotedField(StringBuilder y, string indent, string key, string? value)
    {
        if (value is not null)
        {
            y.Append(indent).Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        }
    }
}
