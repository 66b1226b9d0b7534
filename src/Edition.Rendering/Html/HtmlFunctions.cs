using Edition.Rendering.Templates;
using Scriban.Runtime;

namespace Edition.Rendering.Html;

/// <summary>
/// The escaping vocabulary of the HTML templates: <c>h</c> escapes a plain value, <c>url</c> escapes a link
/// (refusing javascript: and data:), <c>safe</c> outputs <see cref="SafeHtml"/> as-is, <c>t</c> an escaped UI
/// label. Crossing them is a template error, so neither a double escape nor a raw string can slip through.
/// </summary>
public static class HtmlFunctions
{
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
        globals.SetValue("t", new TextFunction(key => HtmlText.Escape(labels.Get(key as string ?? throw new InvalidOperationException("'t' takes a label name")))), readOnly: true);
        return globals;
    }
}
