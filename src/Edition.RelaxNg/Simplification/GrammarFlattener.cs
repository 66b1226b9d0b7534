using System.Xml.Linq;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Spec 4.17 (combine) and 4.18 (grammar): merges same-named definitions, renames every definition
/// uniquely, binds ref and parentRef to them and dissolves nested grammars into their start patterns.
/// </summary>
internal sealed class GrammarFlattener(SchemaErrors errors)
{
    private readonly Dictionary<string, XElement> defines = new(StringComparer.Ordinal);

    public FlatGrammar Flatten(XElement root)
    {
        var start = Rng.Is(root, "grammar") ? Grammar(root, null) : Resolve(root, null);
        return new FlatGrammar(start, defines);
    }

    private XElement Grammar(XElement grammar, Scope? parent)
    {
        var source = SchemaErrors.Locate(grammar);
        var starts = grammar.Elements(Rng.Name("start")).ToList();
        var scope = new Scope(parent);
        var contents = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var group in grammar.Elements(Rng.Name("define")).GroupBy(d => d.Attribute("name")!.Value, StringComparer.Ordinal))
        {
            var unique = group.Key;
            for (var i = 2; defines.ContainsKey(unique) || contents.ContainsKey(unique); i++)
            {
                unique = group.Key + "_" + i;
            }

            scope.Names[group.Key] = unique;
            contents[unique] = Combine(group.ToList(), $"define '{group.Key}'", source);
            defines[unique] = contents[unique]; // reserve the name before nested grammars pick theirs
        }

        XElement start;
        if (starts.Count == 0)
        {
            errors.Report(RelaxNgErrorCodes.UndefinedReference, grammar, "the grammar has no start");
            start = new XElement(Rng.Name("notAllowed"));
        }
        else
        {
            start = Combine(starts, "start", source);
        }

        foreach (var (name, content) in contents)
        {
            defines[name] = Resolve(content, scope);
        }

        return Resolve(start, scope);
    }

    private XElement Combine(List<XElement> components, string what, SourceLocation source)
    {
        var methods = components.Select(c => c.Attribute("combine")?.Value).ToList();
        if (methods.Count(m => m is null) > 1)
        {
            errors.Report(RelaxNgErrorCodes.SchemaSyntax, components[1], $"{what} is defined more than once without a combine attribute");
        }

        var distinct = methods.OfType<string>().Distinct().ToList();
        if (distinct.Count > 1)
        {
            errors.Report(RelaxNgErrorCodes.SchemaSyntax, components[0], $"{what} is combined both by choice and by interleave");
        }

        var parts = components.Select(c => Detach(c.Elements().First(), c, source)).ToList();
        var result = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            result = new XElement(Rng.Name(distinct.FirstOrDefault() ?? "choice"), result, parts[i]);
            result.AddAnnotation(new SchemaSource(source.File, null));
        }

        return result;
    }

    /// <summary>Binds refs in a pattern (and dissolves nested grammars); returns what replaces the pattern.</summary>
    private XElement Resolve(XElement pattern, Scope? scope)
    {
        var result = pattern;
        var stack = new Stack<XElement>();
        stack.Push(pattern);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            switch (Rng.Local(e))
            {
                case "ref" or "parentRef":
                    Bind(e, Rng.Local(e) == "ref" ? scope : scope?.Parent);
                    continue;
                case "grammar":
                    var start = Grammar(e, scope);
                    if (e == result)
                    {
                        result = start;
                    }
                    else
                    {
                        e.ReplaceWith(start);
                    }

                    continue;
            }

            foreach (var child in e.Elements())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    private void Bind(XElement reference, Scope? scope)
    {
        var name = reference.Attribute("name")!.Value;
        if (scope is null || !scope.Names.TryGetValue(name, out var unique))
        {
            var where = Rng.Local(reference) == "parentRef" ? "in the parent grammar" : "in this grammar";
            errors.Report(RelaxNgErrorCodes.UndefinedReference, reference, $"'{name}' is not defined {where}");
            if (reference.Parent is not null)
            {
                reference.ReplaceWith(new XElement(Rng.Name("notAllowed")));
            }

            return;
        }

        reference.Name = Rng.Name("ref");
        reference.SetAttributeValue("name", unique);
    }

    private static XElement Detach(XElement content, XElement component, SourceLocation source)
    {
        content.Remove();
        if (content.Annotation<SchemaSource>() is null)
        {
            content.AddAnnotation(new SchemaSource(source.File, null));
        }

        if (!SchemaPosition.TryGet(content, out _, out _))
        {
            content.AddAnnotation(new OriginalElement(component));
        }

        return content;
    }

    private sealed class Scope(Scope? parent)
    {
        public Scope? Parent { get; } = parent;

        public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    }
}
