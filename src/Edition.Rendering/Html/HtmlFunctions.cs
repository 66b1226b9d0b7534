using Edition.Rendering.Templates;
using Scriban.Runtime;

namespace Edition.Rendering.Html;

/// <summary>
/// The escaping vocabulary of the HTML templates: <c>h</c> escapes a plain value, <c>url</c> escapes a link
/// (refusing javascript: and data:), <c>safe</c> outputs <see cref="SafeHtml"/> as-is, <c>t</c> an escaped UI
/// label; <c>plural "key" n</c>, <c>tf "key" value</c>, <c>plural_forms "key"</c> (JSON for the site's script) and
/// <c>languages_or tags</c> give plain text for <c>| h</c>. Crossing them is a template error, so neither a double escape nor a raw string can slip through.
/// </summary>
public static class HtmlFunctions
{
    private static readonly System.Text.Json.JsonSerializerOptions PluralJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The functions for one UI language, built once per render of the site (building them is reflection).</summary>
    public static ScriptObject Create(Labels labels)
    {
        var globals = new ScriptObject();
        globals.SetValue("h", new TextFunction(value => value switch
        {
            null => "",
            SafeHtml => throw new InvalidOperationException("'h' was given HTML; output it with '| safe'"),
            bool b => b ? "true" : "false",
            IFormattable f => HtmlText.Escape(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
            _ => HtmlText.Escape(value.ToString()),
        }), readOnly: true);
        globals.SetValue("url", new TextFunction(value => value is SafeHtml ? throw new InvalidOperationException("'url' was given HTML") : HtmlText.Url(value?.ToString())), readOnly: true);
        globals.SetValue("safe", new TextFunction(value => value switch
        {
            null => "",
            SafeHtml html => html.Value,
            _ => throw new InvalidOperationException("'safe' accepts only HTML built by the renderer; escape plain text with '| h'"),
        }), readOnly: true);
        globals.SetValue("t", new TextFunction(key => HtmlText.Escape(labels.Get(LabelName(key, "t")))), readOnly: true);
        AddLabelFunctions(globals, labels);
        return globals;
    }

    /// <summary>Labels that take values; their text is plain, escaped by the template (<c>| h</c>).</summary>
    private static void AddLabelFunctions(ScriptObject globals, Labels labels)
    {
        globals.SetValue("plural", new ArgumentsFunction(2, a => labels.Plural(LabelName(a[0], "plural"), Count(a[1]))), readOnly: true);
        globals.SetValue("tf", new ArgumentsFunction(2, a => labels.Format(LabelName(a[0], "tf"), a[1])), readOnly: true);
        globals.SetValue("plural_forms", new TextFunction(key => PluralFormsJson(labels, LabelName(key, "plural_forms"))), readOnly: true);
        globals.SetValue("languages_or", new TextFunction(tags => tags is System.Collections.IEnumerable list and not string
            ? labels.Alternatives(list.Cast<object?>().Select(t => t?.ToString() ?? ""))
            : throw new InvalidOperationException("'languages_or' takes a list of language tags")), readOnly: true);
    }

    /// <summary><c>plural_forms "key"</c>: a plural label's forms as a JSON object, built node by node (the native build serializes nothing by reflection).</summary>
    internal static string PluralFormsJson(Labels labels, string key) =>
        new System.Text.Json.Nodes.JsonObject(labels.PluralForms(key).Select(f => KeyValuePair.Create(f.Key, (System.Text.Json.Nodes.JsonNode?)f.Value))).ToJsonString(PluralJson);

    private static string LabelName(object? key, string function) =>
        key as string ?? throw new InvalidOperationException($"'{function}' takes a label name");

    private static long Count(object? value) => value switch
    {
        int i => i,
        long l => l,
        IConvertible c => c.ToInt64(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("'plural' takes a label name and a count"),
    };
}
