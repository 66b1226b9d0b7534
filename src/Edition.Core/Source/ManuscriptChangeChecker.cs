using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;

namespace Edition.Core.Source;

/// <summary>
/// Checks the directives of a manuscript's own changes against their closed lists and the hands document.yml
/// declares; each finding at the directive's place in the author's file.
/// </summary>
internal sealed partial class ManuscriptChangeChecker(IReadOnlyList<Hand> hands, List<Diagnostic> diagnostics)
{
    private readonly HashSet<string> _hands = hands.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The hands' ids: valid as xml:ids, each declared once.</summary>
    public void CheckDeclarations()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hand in hands.Where(h => h.Id.Length > 0))
        {
            if (!IdPattern().IsMatch(hand.Id))
            {
                diagnostics.Add(SourceDiagnostics.DuplicateHand.At(hand.Span, $"hand id '{hand.Id}' must start with a letter and hold only letters, digits, '-', '_' or '.'"));
            }
            else if (!seen.Add(hand.Id))
            {
                diagnostics.Add(SourceDiagnostics.DuplicateHand.At(hand.Span, $"hand '{hand.Id}' is declared twice under 'hands'"));
            }
        }
    }

    public void Check(DirectiveInline d)
    {
        if (!ManuscriptChanges.Attributes.TryGetValue(d.Name, out var attributes))
        {
            return;
        }

        CheckShape(d);
        foreach (var key in d.Named.Keys.Where(k => !attributes.Contains(k) && k != "key"))
        {
            diagnostics.Add(SourceDiagnostics.BadManuscriptValue.At(d.Span, "attribute", key, d.Name, string.Join(", ", attributes)));
        }

        foreach (var attribute in attributes)
        {
            CheckValue(d, attribute);
        }
    }

    private void CheckValue(DirectiveInline d, string attribute)
    {
        if (ManuscriptChanges.Value(d, attribute) is not { } value)
        {
            return;
        }

        if (attribute is "hand" or "new")
        {
            CheckHand(d, value);
        }
        else if (attribute == "quantity" && !int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            diagnostics.Add(SourceDiagnostics.BadManuscriptValue.At(d.Span, "quantity", value, d.Name, "a whole number"));
        }
        else if (ManuscriptChanges.AllowedValues(attribute) is { } allowed && !allowed.Contains(value))
        {
            diagnostics.Add(SourceDiagnostics.BadManuscriptValue.At(d.Span, attribute, value, d.Name, string.Join(", ", allowed)));
        }
    }

    private void CheckHand(DirectiveInline d, string id)
    {
        if (!_hands.Contains(id))
        {
            var known = _hands.Count == 0 ? "; it declares none" : $"; declared: {string.Join(", ", _hands.Order(StringComparer.Ordinal))}";
            diagnostics.Add(SourceDiagnostics.UndeclaredHand.At(d.Span, id, known));
        }
    }

    /// <summary>What each directive needs besides its attributes: content, a second part, a hand, a size.</summary>
    private void CheckShape(DirectiveInline d)
    {
        switch (d.Name)
        {
            case "handShift" when ManuscriptChanges.Value(d, "new") is null:
                Malformed(d, "'handShift' needs the new hand, as in {handShift new=h2}");
                break;
            case "space" when ManuscriptChanges.Value(d, "extent") is null && d.Named1("quantity") is null:
                Malformed(d, "'space' needs its size, as in {space extent=3 unit=chars} or {space extent=\"half a line\"}");
                break;
            case "subst":
                CheckSubstitution(d);
                break;
            case "del" or "add" or "damage" or "restore" or "retrace" when d.Parts.All(p => p.Content.Count == 0):
                Malformed(d, $"'{d.Name}' needs content after a colon, as in {{{d.Name}: text}}");
                break;
        }
    }

    private void CheckSubstitution(DirectiveInline d)
    {
        if (d.Parts.Count != 2 || d.Parts[1].Label != "add")
        {
            Malformed(d, "a substitution is the text deleted and the text added in its place: {subst: deleted | add: added}");
        }
    }

    private void Malformed(DirectiveInline d, string message) => diagnostics.Add(SourceDiagnostics.MalformedDirective.At(d.Span, message));

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();
}
