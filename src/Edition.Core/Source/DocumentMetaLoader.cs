using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Source.Yaml;

namespace Edition.Core.Source;

/// <summary>Reads a document's <c>document.yml</c>.</summary>
internal static class DocumentMetaLoader
{
    public static DocumentMeta? Load(string path, List<Diagnostic> diagnostics)
    {
        var display = SourcePaths.Display(path);
        var found = new List<Diagnostic>();
        var node = YamlFile.Load(path, display, found);
        var meta = Read(YamlMap.From(node, display, found, "document.yml"), Path.GetDirectoryName(Path.GetFullPath(path))!, found);
        diagnostics.AddRange(YamlSchemaCheck.Merge(YamlSchemas.Document, node, display, found));
        return meta;
    }

    private static DocumentMeta? Read(YamlMap? map, string folder, List<Diagnostic> found)
    {
        if (map is null)
        {
            return null;
        }

        var archives = new List<ArchiveLocation>();
        if (map.Map("archive") is { } archive)
        {
            archives.Add(ReadArchive(archive));
        }

        archives.AddRange(map.MapList("archives").Select(ReadArchive));
        var source = map.Map("source");
        var translation = map.Map("translation");
        var meta = new DocumentMeta
        {
            Title = map.String("title", required: true) ?? "",
            ShortTitle = map.String("short_title"),
            Date = map.Date("date", required: true) ?? "",
            Type = map.String("type"),
            TypeLabel = map.String("type_label"),
            Sender = ReadCorrespondent(map.Map("sender"), "sent"),
            Recipient = ReadCorrespondent(map.Map("recipient"), "received"),
            Archives = archives,
            Identifiers = map.MapList("identifiers").Select(ReadIdentifier).ToList(),
            Physical = map.String("physical"),
            Source = source is null ? null : ReadSource(source),
            Summary = map.String("summary"),
            Language = map.String("language", required: true) ?? "",
            Translation = translation is null ? null : ReadTranslation(translation),
            Rights = map.String("rights"),
            Witnesses = map.MapList("witnesses").Select(ReadWitness).ToList(),
            Revisions = map.MapList("revisions").Select(ReadRevision).ToList(),
            Hands = map.MapList("hands").Select(ReadHand).ToList(),
            Base = map.String("base") is { } b ? b.EndsWith(".md", StringComparison.Ordinal) ? b[..^3] : b : null,
            BaseSpan = map.SpanOf("base"),
            Facsimile = Facsimiles.FacsimileLoader.Read(map.Map("facsimile"), folder, found),
            Span = map.Span,
        };
        return meta;
    }

    private static Correspondent? ReadCorrespondent(YamlMap? map, string whenKey)
    {
        if (map is null)
        {
            return null;
        }

        var c = new Correspondent(map.String("person"), map.String("place"), map.Date(whenKey, allowTime: true), map.Span);
        return c;
    }

    private static ArchiveLocation ReadArchive(YamlMap map)
    {
        var a = new ArchiveLocation
        {
            Country = map.String("country"),
            Settlement = map.String("settlement"),
            Repository = map.String("repository", required: true) ?? "",
            RepositoryAbbr = map.String("repository_abbr"),
            Collection = map.String("collection"),
            Fond = map.String("fond"),
            Opis = map.String("opis"),
            Papka = map.String("papka"),
            Delo = map.String("delo"),
            Folios = map.String("folios"),
            Pages = map.String("pages"),
            Convention = map.String("convention"),
            ConventionSpan = map.SpanOf("convention"),
        };
        return a;
    }

    private static Identifier ReadIdentifier(YamlMap map)
    {
        var i = new Identifier(map.String("type", required: true) ?? "", map.String("value", required: true) ?? "", map.String("label"));
        return i;
    }

    private static SourcePublication ReadSource(YamlMap map)
    {
        var s = new SourcePublication(map.String("title", required: true) ?? "", map.String("url"), map.String("record"), map.String("citation"));
        return s;
    }

    private static TranslationInfo ReadTranslation(YamlMap map)
    {
        var t = new TranslationInfo(map.String("language", required: true) ?? "", map.String("credit"));
        return t;
    }

    private static Witness ReadWitness(YamlMap map)
    {
        var w = new Witness(map.String("id", required: true) ?? "", map.String("label", required: true) ?? "");
        return w;
    }

    private static Hand ReadHand(YamlMap map)
    {
        var h = new Hand(map.String("id", required: true) ?? "", map.String("label", required: true) ?? "", map.String("medium"), map.Span);
        return h;
    }

    private static Revision ReadRevision(YamlMap map)
    {
        var r = new Revision(map.Date("date", required: true) ?? "", map.String("who"), map.String("what", required: true) ?? "");
        return r;
    }
}
