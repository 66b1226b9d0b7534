using Scriban.Runtime;

namespace Edition.Rendering.Html;

/// <summary>
/// The escaping vocabulary of the HTML templates: <c>h</c> escapes a plain value, <c>url</c> escapes a link
/// (refusing javascript: and data:), <c>safe</c> outputs <see cref="SafeHtml"/> as-is, <c>t</c> an escaped UI
/// label. Crossing them is a template error, so neither a double escape nor a raw string can slip through.
/// </summary>
public static class HtmlFunctions
{
    public static void Add(ScriptObject globals, Labels labels)
    {
        globals.Import("h", new Func<object?, string>(value => value switch
        {
            null => "",
            SafeHtml => throw new InvalidOperationException("'h' was given HTML; output it with '| safe'"),
            bool b => b ? "true" : "false",
            IFormattable f => HtmlText.Escape(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
            _ => HtmlText.Escape(value.ToString()),
        }));
        globals.Import("url", new Func<object?, string>(value => value is SafeHtml ? throw new InvalidOperationException("'url' was given HTML") : HtmlText.Url(value?.ToString())));
        globals.Import("safe", new Func<object?, string>(value => value switch
        {
            null => "",
            SafeHtml html => html.Value,
            _ => throw new InvalidOperationException("'safe' accepts only HTML built by the renderer; escape plain text with '| h'"),
        }));
        globals.Import("t", new Func<string, string>(key => HtmlText.Escape(labels.Get(key))));
    }
}
