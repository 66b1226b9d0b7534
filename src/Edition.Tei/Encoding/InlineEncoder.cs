using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>Turns inline markup into TEI phrase-level content.</summary>
internal sealed class InlineEncoder(EncodingContext context)
{
    private ManuscriptChangeEncoder? _changes;

    private ManuscriptChangeEncoder Changes => _changes ??= new ManuscriptChangeEncoder(context, Part);

    public IEnumerable<XNode> Encode(IEnumerable<Inline> inlines) => inlines.SelectMany(Encode);

    private IEnumerable<XNode> Encode(Inline inline)
    {
        switch (inline)
        {
            case TextInline t:
                yield return new XText(t.Text);
                break;
            case LineBreakInline br:
                yield return E("lb").From(br.Span);
                break;
            case StyledInline s:
                yield return E("hi", A("rend", s.Style), Encode(s.Children)).From(s.Span);
                break;
            case LinkInline l:
                yield return E("ref", A("target", l.Url), Encode(l.Children)).From(l.Span);
                break;
            case RawElementInline r:
                yield return Raw(r);
                break;
            case DirectiveInline d:
                if (Directive(d) is { } element)
                {
                    yield return element.From(d.Span);
                }

                break;
        }
    }

    private XElement? Directive(DirectiveInline d)
    {
        var arg = d.Args.FirstOrDefault();
        return d.Name switch
        {
            "person" => E("persName", A("ref", arg is null ? null : TeiIds.Person(arg)), Part(d, 0)),
            "place" => E("placeName", A("ref", arg is null ? null : TeiIds.Place(arg)), Part(d, 0)),
            "supplied" => E("supplied", A("reason", d.Named1("reason")), A("resp", Resp(d)), Part(d, 0)),
            "sic" => d.Parts.Count > 1 ? E("choice", E("sic", Part(d, 0)), E("corr", A("resp", Resp(d) ?? context.DefaultEditor), Part(d, 1))) : E("sic", Part(d, 0)),
            "abbr" => d.Parts.Count > 1 ? E("choice", E("abbr", Part(d, 0)), E("expan", A("resp", Resp(d) ?? context.DefaultEditor), Part(d, 1))) : E("abbr", Part(d, 0)),
            "unclear" => E("unclear", A("reason", d.Named1("reason")), Part(d, 0)),
            "gap" => E("gap", A("reason", d.Named1("reason") ?? arg), A("quantity", d.Named1("quantity")), A("unit", d.Named1("unit"))),
            "note" => Note(d),
            "app" => Apparatus(d),
            "spaced" => E("hi", A("rend", "letter-spacing"), Part(d, 0)),
            "u" => E("hi", A("rend", "underline"), Part(d, 0)),
            "date" => E("date", A("when", arg is null ? null : Core.Source.Yaml.IsoDate.ToXsd(arg)), Part(d, 0)),
            "pb" => E("pb", A("n", arg), A("facs", context.IsTranscription ? context.Facsimile!.PageBreak(d) : null)),
            "stamp" => E("stamp", A("type", arg), Part(d, 0)),
            "foreign" => E("foreign", A(XmlLang, arg), Part(d, 0)),
            _ => Changes.Encode(d),
        };
    }

    private XElement Note(DirectiveInline d)
    {
        var n = context.NextNote++;
        return E("note",
            A(XmlId, TeiIds.Note(context.Doc, context.Tag, n)),
            A("type", d.Named1("type") ?? "editorial"),
            A("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            A("resp", Resp(d) ?? context.DefaultEditor),
            Part(d, 0));
    }

    private XElement Apparatus(DirectiveInline d)
    {
        var n = context.NextApparatus++;
        return E("app",
            A(XmlId, TeiIds.Apparatus(context.Doc, context.Tag, n)),
            E("lem", A("wit", Witnesses(d.Args)), A("resp", d.Args.Count == 0 ? context.DefaultEditor : null), Part(d, 0)),
            d.Parts.Skip(1).Select(p => E("rdg", A("wit", Witnesses((p.Label ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))), Encode(p.Content)).From(p.Span)));
    }

    private string? Witnesses(IEnumerable<string> sigla)
    {
        var pointers = sigla.Select(s => "#" + TeiIds.Witness(context.Doc, s)).ToList();
        return pointers.Count == 0 ? null : string.Join(' ', pointers);
    }

    private string? Resp(DirectiveInline d) => d.Named1("resp") is { } r ? context.Resp(r) : null;

    private IEnumerable<XNode> Part(DirectiveInline d, int index) =>
        index < d.Parts.Count ? Encode(d.Parts[index].Content).ToList() : [];

    private XElement Raw(RawElementInline r)
    {
        var element = E(r.Name.Contains(':', StringComparison.Ordinal) ? r.Name.Split(':')[1] : r.Name).From(r.Span);
        foreach (var (name, value) in r.Attributes)
        {
            XName attribute = name.StartsWith("xml:", StringComparison.Ordinal) ? XNamespace.Xml + name[4..] : name;
            if (name.Contains(':', StringComparison.Ordinal) && !name.StartsWith("xml:", StringComparison.Ordinal))
            {
                context.Diagnostics.Add(SourceDiagnostics.RawTeiMalformed.At(r.Span, $"attribute '{name}' on <{r.Name}>: only TEI and xml: attributes can be written inline"));
                continue;
            }

            element.SetAttributeValue(attribute, value);
        }

        element.Add(Encode(r.Children));
        return element;
    }
}
