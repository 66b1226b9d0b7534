using System.Xml.Linq;

namespace Edition.Tei.Validation.Integrity;

/// <summary>Which attributes hold pointers, and how one pointer token splits into file and fragment.</summary>
internal static class Pointers
{
    public static readonly string[] Attributes = ["corresp", "target", "ref", "wit", "source", "facs", "resp", "who"];

    /// <summary>Every pointer token of the document outside examples, with its attribute (attributes walked in place: every element is asked).</summary>
    public static IEnumerable<(XAttribute Attribute, string Token)> In(XDocument document)
    {
        foreach (var element in DocumentElements.Of(document))
        {
            for (var a = element.FirstAttribute; a is not null; a = a.NextAttribute)
            {
                if (a.Name.Namespace != XNamespace.None || !Attributes.Contains(a.Name.LocalName))
                {
                    continue;
                }

                foreach (var token in a.Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (a, token);
                }
            }
        }
    }

    /// <summary>File part ("" for a local pointer) and fragment (null if none); null when not checked (URLs, images, other schemes).</summary>
    public static (string File, string? Fragment)? Parse(string token)
    {
        if (token.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var hash = token.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? token : token[..hash];
        var fragment = hash < 0 ? null : token[(hash + 1)..];
        return file.Length == 0 || file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? (file, fragment) : null;
    }
}
