using System.Text;
using Edition.Import.Wilson.Citation;
using Edition.Import.Wilson.Metadata;

namespace Edition.Import.Wilson.Output;

/// <summary>Writes document.yml in the field order of the hand-made sample.</summary>
internal static class DocumentYamlWriter
{
    public static string Write(DocumentMetadata m, string originalFile, string translationFile)
    {
        var y = new StringBuilder();
        y.Append("# One document: its metadata. The texts are ").Append(originalFile).Append(" and ").Append(translationFile).Append(" beside this file.\n");
        y.Append("# Imported from a Wilson Center Digital Archive export by `edition import wilson`: check it against the import report.\n");
        y.Append("title: ").Append(YamlText.Quote(m.Title)).Append('\n');
        y.Append("date: ").Append(m.Date).Append('\n');
        y.Append("type: ").Append(YamlText.Scalar(m.Type)).Append('\n');
        y.Append("type_label: ").Append(YamlText.Quote(m.TypeLabel)).Append('\n');
        if (m.SenderPerson is not null || m.SenderPlace is not null)
        {
            y.Append("sender:\n");
            Field(y, "  ", "person", m.SenderPerson);
            Field(y, "  ", "place", m.SenderPlace);
        }

        if (m.RecipientPerson is not null || m.RecipientPlace is not null || m.Received is not null)
        {
            y.Append("recipient:\n");
            Field(y, "  ", "person", m.RecipientPerson);
            Field(y, "  ", "place", m.RecipientPlace);
            if (m.Received is not null)
            {
                y.Append("  received: ").Append(m.Received).Append('\n');
            }
        }

        if (m.Archives.Count > 0)
        {
            y.Append("archive:\n");
            Archive(y, "  ", "  ", m.Archives[0]);
        }

        if (m.Archives.Count > 1)
        {
            y.Append("archives:\n");
            foreach (var a in m.Archives.Skip(1))
            {
                Archive(y, "  - ", "    ", a);
            }
        }

        if (m.Identifiers.Count > 0)
        {
            y.Append("identifiers:\n");
            foreach (var (type, value, label) in m.Identifiers)
            {
                y.Append("  - type: ").Append(YamlText.Scalar(type)).Append('\n');
                y.Append("    value: ").Append(YamlText.Quote(value)).Append('\n');
                y.Append("    label: ").Append(YamlText.Quote(label)).Append('\n');
            }
        }

        y.Append("source:\n");
        y.Append("  title: \"Wilson Center Digital Archive\"\n");
        QuotedField(y, "  ", "url", m.SourceUrl);
        QuotedField(y, "  ", "record", m.Record);
        QuotedField(y, "  ", "citation", m.Citation);
        QuotedField(y, "", "summary", m.Summary);
        y.Append("language: ").Append(m.Language).Append('\n');
        y.Append("translation:\n  language: ").Append(m.TranslationLanguage).Append('\n');
        QuotedField(y, "  ", "credit", m.TranslationCredit);
        QuotedField(y, "", "rights", m.Rights);
        y.Append("witnesses:\n  - id: ").Append(m.Witness).Append('\n');
        QuotedField(y, "    ", "label", m.WitnessLabel);
        y.Append("revisions:\n  - date: ").Append(m.RevisionDate).Append('\n');
        y.Append("    who: ").Append(YamlText.Scalar(m.RevisionWho)).Append('\n');
        QuotedField(y, "    ", "what", m.RevisionWhat);
        return y.ToString();
    }

    private static void Archive(StringBuilder y, string first, string indent, ArchiveCitation a)
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
        Put("repository", a.Repository ?? a.RepositoryAbbr, true);
        Put("repository_abbr", a.RepositoryAbbr, false);
        Put("fond", a.Fond, true);
        Put("opis", a.Opis, true);
        Put("papka", a.Papka, true);
        Put("delo", a.Delo, true);
        Put("folios", a.Folios, true);
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
