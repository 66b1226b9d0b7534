using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Prepares each schema document on its own (4.1–4.5, 4.8, prefixed 4.10) and splices in the documents
/// that <c>externalRef</c> (4.6) and <c>include</c> (4.7) reference, refusing reference loops.
/// </summary>
internal sealed class IncludeExpander(SchemaErrors errors, Func<string, string?>? refuseFile = null)
{
    private const int MaxNesting = 100;
    private readonly List<Uri> open = [];

    /// <summary>Prepares a loaded document in place; returns its (possibly replaced) root, null when too broken to go on.</summary>
    public XElement? Prepare(XElement root, Uri? documentUri, bool grammarOnly)
    {
        AnnotationStripper.Strip(root, errors);
        var before = errors.Count;
        new SyntaxChecker(errors).CheckRoot(root, grammarOnly);
        if (errors.Count > before)
        {
            return null;
        }

        if (documentUri is not null)
        {
            open.Add(documentUri);
        }

        try
        {
            DatatypeLibraryRule.Apply(root, errors);
            NameAttributeRule.Apply(root, errors);
            foreach (var reference in root.DescendantsAndSelf().Where(e => Rng.Local(e) is "externalRef" or "include").ToList())
            {
                var replacement = Expand(reference, documentUri);
                root = reference == root && replacement is not null ? replacement : root;
            }
        }
        finally
        {
            if (documentUri is not null)
            {
                open.RemoveAt(open.Count - 1);
            }
        }

        return root;
    }

    private XElement? Expand(XElement reference, Uri? documentUri)
    {
        var href = reference.Attribute("href")!.Value;
        var escaped = DatatypeLibraryRule.Escape(href);
        if (!UriSyntax.IsValidReference(escaped, allowFragment: false))
        {
            errors.Report(RelaxNgErrorCodes.ForbiddenHref, reference, $"href '{href}' is not a URI reference without fragment");
            return null;
        }

        var baseUri = BaseUri(reference, documentUri);
        if (baseUri is null || !Uri.TryCreate(baseUri, escaped, out var uri))
        {
            errors.Report(RelaxNgErrorCodes.ForbiddenHref, reference, $"cannot resolve href '{href}' (the schema has no base URI)");
            return null;
        }

        if (open.Contains(uri) || open.Count >= MaxNesting)
        {
            errors.Report(RelaxNgErrorCodes.IncludeLoop, reference, $"'{href}' is already being loaded: include/externalRef loop ({string.Join(" → ", open.Select(u => Path.GetFileName(u.LocalPath)))} → {Path.GetFileName(uri.LocalPath)})");
            return null;
        }

        var grammarOnly = Rng.Local(reference) == "include";
        var loaded = SchemaDocumentLoader.Load(uri, errors, reference, refuseFile);
        var root = loaded is null ? null : Prepare(loaded, uri, grammarOnly);
        if (root is null)
        {
            return null;
        }

        root.Remove();
        if (grammarOnly)
        {
            return Include(reference, root);
        }
        if (reference.Attribute("ns") is { } ns && root.Attribute("ns") is null)
        {
            root.SetAttributeValue("ns", ns.Value);
        }

        reference.ReplaceWith(root);
        return root;
    }

    private XElement Include(XElement include, XElement grammar)
    {
        var overrides = Components(include).ToList();
        if (overrides.Any(o => Rng.Local(o) == "start"))
        {
            RemoveComponents(include, grammar, c => Rng.Local(c) == "start", "a start");
        }

        foreach (var name in overrides.Where(o => Rng.Local(o) == "define").Select(o => o.Attribute("name")!.Value).Distinct())
        {
            RemoveComponents(include, grammar, c => Rng.Local(c) == "define" && c.Attribute("name")!.Value == name, $"a define '{name}'");
        }

        var div = new XElement(Rng.Name("div"), include.Attributes().Where(a => a.Name != "href"));
        grammar.Name = Rng.Name("div");
        div.Add(grammar);
        var content = include.Nodes().ToList();
        content.ForEach(n => n.Remove());
        div.Add(content);
        include.ReplaceWith(div);
        return div;
    }

    private void RemoveComponents(XElement include, XElement grammar, Func<XElement, bool> match, string what)
    {
        var found = Components(grammar).Where(match).ToList();
        if (found.Count == 0)
        {
            errors.Report(RelaxNgErrorCodes.UndefinedReference, include, $"the include overrides {what}, but the included grammar has none");
        }

        found.ForEach(f => f.Remove());
    }

    private static IEnumerable<XElement> Components(XElement container)
    {
        foreach (var e in container.Elements())
        {
            if (Rng.Local(e) == "div")
            {
                foreach (var inner in Components(e))
                {
                    yield return inner;
                }
            }
            else if (Rng.Local(e) is "start" or "define")
            {
                yield return e;
            }
        }
    }

    private static Uri? BaseUri(XElement e, Uri? documentUri)
    {
        var bases = e.AncestorsAndSelf().Select(a => a.Attribute(XNamespace.Xml + "base")?.Value).OfType<string>().Reverse();
        var result = documentUri;
        foreach (var b in bases)
        {
            if (result is null ? !Uri.TryCreate(b, UriKind.Absolute, out result) : !Uri.TryCreate(result, b, out result))
            {
                return null;
            }
        }

        return result;
    }
}
