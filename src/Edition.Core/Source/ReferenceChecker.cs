using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;
using Edition.Core.Source.Yaml;

namespace Edition.Core.Source;

/// <summary>
/// Checks what the author wrote against the edition's lists: person and place ids, witness sigla,
/// responsibility ids, dates, and the shape each directive needs. Reported in the author's file.
/// </summary>
internal sealed class ReferenceChecker(EditionInfo info, IReadOnlyList<Person> persons, IReadOnlyList<Place> places, List<Diagnostic> diagnostics)
{
    private readonly HashSet<string> _persons = persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _places = places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    public void Check(AuthoredDocument document)
    {
        var meta = document.Meta;
        CheckPerson(meta.Sender?.PersonId, meta.Sender?.Span);
        CheckPlace(meta.Sender?.PlaceId, meta.Sender?.Span);
        CheckPerson(meta.Recipient?.PersonId, meta.Recipient?.Span);
        CheckPlace(meta.Recipient?.PlaceId, meta.Recipient?.Span);
        foreach (var revision in meta.Revisions.Where(r => r.Who is not null && info.Editors.All(e => e.Id != r.Who)))
        {
            diagnostics.Add(SourceDiagnostics.UnknownRevisionEditor.At(meta.Span, revision.Who));
        }

        var responsible = meta.Witnesses.Select(w => w.Id).Concat(info.Editors.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var witnesses = meta.Witnesses.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var changes = new ManuscriptChangeChecker(meta.Hands, diagnostics);
        changes.CheckDeclarations();
        foreach (var block in document.Texts.SelectMany(t => MarkupTree.Blocks(t.Blocks)))
        {
            foreach (var d in MarkupTree.Inlines(block).OfType<DirectiveInline>())
            {
                CheckDirective(d, witnesses, responsible);
                changes.Check(d);
            }
        }
    }

    private void CheckDirective(DirectiveInline d, HashSet<string> witnesses, HashSet<string> responsible)
    {
        switch (d.Name)
        {
            case "person":
                RequireArg(d, "a person id from persons.yml");
                CheckPerson(d.Args.FirstOrDefault(), d.Span);
                RequireContent(d);
                break;
            case "place":
                RequireArg(d, "a place id from places.yml");
                CheckPlace(d.Args.FirstOrDefault(), d.Span);
                RequireContent(d);
                break;
            case "date":
                RequireArg(d, "an ISO date");
                if (d.Args.FirstOrDefault() is { } when && !IsoDate.IsValid(when, allowTime: true))
                {
                    diagnostics.Add(SourceDiagnostics.InvalidDate.At(d.Span, $"'{when}' is not a valid ISO date (expected YYYY-MM-DD)"));
                }

                RequireContent(d);
                break;
            case "pb":
                RequireArg(d, "the folio or page number, as in {pb 65}");
                break;
            case "sic":
                CheckLabels(d, ["corr"], max: 2);
                break;
            case "abbr":
                CheckLabels(d, ["expan"], max: 2);
                break;
            case "app":
                CheckApparatus(d, witnesses);
                break;
            case "supplied" or "unclear" or "note" or "spaced" or "u" or "stamp" or "foreign":
                RequireContent(d);
                break;
        }

        if (d.Named1("resp") is { } resp && !responsible.Contains(resp))
        {
            diagnostics.Add(SourceDiagnostics.UnknownWitnessOrResp.At(d.Span, $"resp '{resp}' is neither a witness of this document nor an editor of the edition"));
        }
    }

    private void CheckApparatus(DirectiveInline d, HashSet<string> witnesses)
    {
        if (d.Parts.Count < 2)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(d.Span, "an apparatus entry needs a lemma and at least one reading: {app: lemma | SIGLUM: reading}"));
        }

        var sigla = d.Args.Concat(d.Parts.Skip(1).SelectMany(p => (p.Label ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        foreach (var part in d.Parts.Skip(1).Where(p => p.Label is null))
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(part.Span, "each reading of an apparatus entry starts with its witness siglum: 'WCDA: reading'"));
        }

        foreach (var siglum in sigla.Where(s => !witnesses.Contains(s)))
        {
            diagnostics.Add(SourceDiagnostics.UnknownWitnessOrResp.At(d.Span, $"unknown witness '{siglum}' (declare it under 'witnesses' in document.yml)"));
        }
    }

    private void CheckLabels(DirectiveInline d, string[] labels, int max)
    {
        RequireContent(d);
        if (d.Parts.Count > max)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(d.Span, $"'{d.Name}' takes at most {max} parts: {{{d.Name}: text | {labels[0]}: text}}"));
        }

        foreach (var part in d.Parts.Skip(1).Where(p => !labels.Contains(p.Label)))
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(part.Span, $"the second part of '{d.Name}' must start with '{labels[0]}: '"));
        }
    }

    private void RequireArg(DirectiveInline d, string what)
    {
        if (d.Args.Count == 0)
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(d.Span, $"'{d.Name}' needs {what}"));
        }
    }

    private void RequireContent(DirectiveInline d)
    {
        if (d.Parts.Count == 0 || d.Parts.All(p => p.Content.Count == 0))
        {
            diagnostics.Add(SourceDiagnostics.MalformedDirective.At(d.Span, $"'{d.Name}' needs content after a colon, as in {{{d.Name}{(d.Args.Count > 0 ? " " + d.Args[0] : "")}: text}}"));
        }
    }

    private void CheckPerson(string? id, Text.SourceSpan? span)
    {
        if (id is not null && !_persons.Contains(id))
        {
            diagnostics.Add(SourceDiagnostics.UnknownPerson.At(span!.Value, id, Suggest(id, _persons)));
        }
    }

    private void CheckPlace(string? id, Text.SourceSpan? span)
    {
        if (id is not null && !_places.Contains(id))
        {
            diagnostics.Add(SourceDiagnostics.UnknownPlace.At(span!.Value, id, Suggest(id, _places)));
        }
    }

    private static string Suggest(string id, HashSet<string> known)
    {
        var close = known.Where(k => k.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(k, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        return close is null ? "" : $"; did you mean '{close}'?";
    }
}
