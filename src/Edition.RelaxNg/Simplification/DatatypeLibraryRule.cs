using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Spec 4.3 and 4.4: <c>data</c> and <c>value</c> get the inherited <c>datatypeLibrary</c> (checked to be an
/// absolute URI without fragment, or empty); the attribute goes elsewhere; a <c>value</c> without
/// <c>type</c> becomes a built-in <c>token</c>.
/// </summary>
internal static class DatatypeLibraryRule
{
    public static void Apply(XElement root, SchemaErrors errors)
    {
        var stack = new Stack<(XElement, string)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (e, inherited) = stack.Pop();
            var own = e.Attribute("datatypeLibrary");
            if (own is not null && own.Value.Length > 0 && !UriSyntax.IsAbsoluteWithoutFragment(Escape(own.Value)))
            {
                errors.Report(RelaxNgErrorCodes.SchemaSyntax, e, $"datatypeLibrary '{own.Value}' is not an absolute URI without fragment");
            }

            var library = own?.Value ?? inherited;
            if (Rng.Local(e) is "data" or "value")
            {
                e.SetAttributeValue("datatypeLibrary", library);
                if (Rng.Local(e) == "value" && e.Attribute("type") is null)
                {
                    e.SetAttributeValue("type", "token");
                    e.SetAttributeValue("datatypeLibrary", "");
                }
            }
            else
            {
                own?.Remove();
            }

            foreach (var child in e.Elements())
            {
                stack.Push((child, library));
            }
        }
    }

    /// <summary>XLink 5.4: characters URIs forbid are escaped before the URI is checked.</summary>
    public static string Escape(string uri)
    {
        var sb = new System.Text.StringBuilder(uri.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(uri))
        {
            if (b <= 0x20 || b >= 0x7F || "<>\"{}|\\^`".Contains((char)b, StringComparison.Ordinal))
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.ToString();
    }
}
