using System.Xml;
using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Core.Xml;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// Reads an ISO Schematron file into a <see cref="SchModel"/>: resolves <c>include</c>, <c>extends</c> (abstract
/// rules, and the 2020 <c>href</c> form used by FRUS), instantiates abstract patterns, and reports every
/// construct it cannot run instead of dropping it.
/// </summary>
internal sealed class SchematronLoader
{
    public static readonly XNamespace Sch = "http://purl.oclc.org/dsdl/schematron";
    private static readonly XNamespace Xsl = "http://www.w3.org/1999/XSL/Transform";
    private static readonly HashSet<string> Bindings = ["", "xslt", "xslt2", "xslt3", "xpath", "xpath2", "xpath3", "xpath31"];

    private readonly List<Diagnostic> _problems;
    private readonly Dictionary<string, XElement> _abstractRules = new(StringComparer.Ordinal);
    private int _depth;

    private SchematronLoader(List<Diagnostic> problems) => _problems = problems;

    public static SchModel? Load(string path, List<Diagnostic> problems)
    {
        var loader = new SchematronLoader(problems);
        var root = loader.ReadSchema(path, SourceSpan.None(SourcePaths.Display(path)));
        return root is null ? null : loader.Build(root) with { Directory = Path.GetDirectoryName(Path.GetFullPath(path))! };
    }

    private XElement? ReadSchema(string path, SourceSpan from)
    {
        var root = ReadRoot(path, from);
        if (root is null)
        {
            return null;
        }

        if (root.Name != Sch + "schema")
        {
            Problem(ValidationDiagnostics.SchemaUnreadable, Where(root), $"'{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}' is not an ISO Schematron schema (expected <schema xmlns=\"{Sch}\">)");
            return null;
        }

        var binding = ((string?)root.Attribute("queryBinding") ?? "").ToLowerInvariant();
        if (!Bindings.Contains(binding))
        {
            Problem(ValidationDiagnostics.UnsupportedConstruct, Where(root), $"queryBinding '{binding}' is not supported; expressions are evaluated as XPath 2.0");
        }

        ExpandIncludes(root, Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var extends in root.Elements(Sch + "extends").Where(e => e.Attribute("href") is not null).ToList())
        {
            // Schematron 2020: a schema-level extends brings in the other schema's declarations and patterns.
            var other = ReadSchema(Resolve(extends, (string)extends.Attribute("href")!), Where(extends));
            var moved = other?.Elements().Where(e => e.Name.LocalName is "ns" or "let" or "pattern" or "phase" or "diagnostics" or "rules" || e.Name.Namespace == Xsl).ToList() ?? [];
            foreach (var element in moved)
            {
                // Detached first, so the element moves with its line numbers instead of being copied without them.
                element.AddAnnotation(new Origin(OriginOf(element)));
                element.Remove();
            }

            extends.ReplaceWith(moved);
        }

        return root;
    }

    private XElement? ReadRoot(string path, SourceSpan from)
    {
        if (++_depth > 20)
        {
            Problem(ValidationDiagnostics.BrokenSchemaReference, from, $"includes nest too deeply at '{path}' (a cycle?)");
            return null;
        }

        if (SchemaFiles.Unusable(path) is { } why)
        {
            Problem(ValidationDiagnostics.SchemaUnreadable, from, $"Schematron file '{SourcePaths.Display(path)}' cannot be read: {why}");
            return null;
        }

        try
        {
            var root = SafeXml.Load(path).Root!;
            root.Remove();
            root.AddAnnotation(new Origin(SourcePaths.Display(path)));
            return root;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            var span = e is XmlException x ? new SourceSpan(SourcePaths.Display(path), x.LineNumber, x.LinePosition) : from;
            var message = e is XmlException ? $"Schematron file is not well-formed XML: {e.Message.Split(" Line ")[0]}" : $"Schematron file '{SourcePaths.Display(path)}' cannot be read: {e.Message}";
            Problem(ValidationDiagnostics.SchemaUnreadable, span, message);
            return null;
        }
    }

    private void ExpandIncludes(XElement scope, string directory)
    {
        foreach (var include in scope.Descendants(Sch + "include").ToList())
        {
            var target = ReadRoot(Path.Combine(directory, (string?)include.Attribute("href") ?? ""), Where(include));
            if (target is not null)
            {
                ExpandIncludes(target, Path.GetDirectoryName(Path.Combine(directory, (string)include.Attribute("href")!))!);
            }

            include.ReplaceWith(target);
        }
    }

    private SchModel Build(XElement root)
    {
        foreach (var xsl in root.Descendants().Where(e => e.Name.Namespace == Xsl && e.Parent?.Name.Namespace != Xsl && e.Name.LocalName != "key"))
        {
            var name = (string?)xsl.Attribute("name") ?? (string?)xsl.Attribute("match") ?? (string?)xsl.Attribute("href") ?? "";
            Problem(ValidationDiagnostics.UnsupportedConstruct, Where(xsl), $"xsl:{xsl.Name.LocalName} '{name}' is XSLT, which this XPath 2.0 engine does not run; expressions that use it are reported where they are compiled");
        }

        foreach (var group in root.Descendants(Sch + "group"))
        {
            Problem(ValidationDiagnostics.UnsupportedConstruct, Where(group), "sch:group (Schematron 2020, rules that are not mutually exclusive) is not supported; its rules are skipped");
        }

        foreach (var rule in root.Descendants(Sch + "rule").Where(r => (string?)r.Attribute("abstract") == "true" && r.Attribute("id") is not null))
        {
            _abstractRules[(string)rule.Attribute("id")!] = rule;
        }

        var abstractPatterns = root.Elements(Sch + "pattern").Where(p => (string?)p.Attribute("abstract") == "true")
            .Where(p => p.Attribute("id") is not null).ToDictionary(p => (string)p.Attribute("id")!, StringComparer.Ordinal);
        var patterns = new List<SchPattern>();
        foreach (var p in root.Elements(Sch + "pattern").Where(p => (string?)p.Attribute("abstract") != "true"))
        {
            var pattern = p;
            if ((string?)p.Attribute("is-a") is { } isA)
            {
                if (!abstractPatterns.TryGetValue(isA, out var template))
                {
                    Problem(ValidationDiagnostics.BrokenSchemaReference, Where(p), $"pattern is-a '{isA}', but no abstract pattern has that id");
                    continue;
                }

                pattern = AbstractPatterns.Instantiate(template, p);
                pattern.AddAnnotation(new Origin(OriginOf(p)));
            }

            patterns.Add(new SchPattern((string?)p.Attribute("id"), (string?)p.Attribute("role"), Lets(pattern), Rules(pattern, Where(p)), Where(p)));
        }

        var phases = root.Elements(Sch + "phase").Where(p => p.Attribute("id") is not null).ToDictionary(
            p => (string)p.Attribute("id")!,
            p => new SchPhase((string)p.Attribute("id")!, p.Elements(Sch + "active").Select(a => (string?)a.Attribute("pattern") ?? "").ToList(), Lets(p)),
            StringComparer.Ordinal);
        var diagnostics = root.Elements(Sch + "diagnostics").Elements(Sch + "diagnostic").Where(d => d.Attribute("id") is not null)
            .GroupBy(d => (string)d.Attribute("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MessagePart>)Message(g.First()), StringComparer.Ordinal);
        var namespaces = root.Elements(Sch + "ns").Select(n => new KeyValuePair<string, string>((string?)n.Attribute("prefix") ?? "", (string?)n.Attribute("uri") ?? "")).ToList();
        return new SchModel(namespaces, Lets(root), patterns, phases, diagnostics, (string?)root.Attribute("defaultPhase"))
        {
            Keys = root.Descendants(Xsl + "key").Select(k => new SchKey((string?)k.Attribute("name") ?? "", (string?)k.Attribute("match") ?? "", (string?)k.Attribute("use") ?? "", Where(k))).ToList(),
            XslFunctions = root.Descendants(Xsl + "function").Select(f => (string?)f.Attribute("name") ?? "").ToHashSet(StringComparer.Ordinal),
        };
    }

    private List<SchRule> Rules(XElement pattern, SourceSpan patternLocation)
    {
        var rules = new List<SchRule>();
        foreach (var r in pattern.Elements(Sch + "rule").Where(r => (string?)r.Attribute("abstract") != "true"))
        {
            var body = new List<XElement>();
            Splice(r, body, 0);
            if (r.Attribute("context") is not { } context)
            {
                Problem(ValidationDiagnostics.BrokenSchemaReference, Where(r), "a rule that is not abstract needs a context");
                continue;
            }

            var lets = body.Where(e => e.Name == Sch + "let").Select(Let).OfType<SchLet>().ToList();
            var checks = body.Where(e => e.Name == Sch + "assert" || e.Name == Sch + "report").Select(Check).ToList();
            rules.Add(new SchRule(context.Value, (string?)r.Attribute("id"), (string?)r.Attribute("role"), (string?)r.Attribute("flag"), lets, checks, Where(r)));
        }

        _ = patternLocation;
        return rules;
    }

    /// <summary>A rule's lets and checks, with <c>extends</c> replaced by the extended rule's content.</summary>
    private void Splice(XElement rule, List<XElement> into, int depth)
    {
        foreach (var child in rule.Elements())
        {
            if (child.Name != Sch + "extends")
            {
                into.Add(child);
                continue;
            }

            XElement? target = null;
            if ((string?)child.Attribute("rule") is { } id && !_abstractRules.TryGetValue(id, out target))
            {
                Problem(ValidationDiagnostics.BrokenSchemaReference, Where(child), $"extends rule '{id}', but no abstract rule has that id");
            }
            else if ((string?)child.Attribute("href") is { } href)
            {
                target = ReadRoot(Resolve(child, href), Where(child));
            }

            if (target is not null && depth < 20)
            {
                Splice(target, into, depth + 1);
            }
        }
    }

    private List<SchLet> Lets(XElement scope) => scope.Elements(Sch + "let").Select(Let).OfType<SchLet>().ToList();

    private SchLet? Let(XElement let)
    {
        if ((string?)let.Attribute("value") is { } value)
        {
            return new SchLet((string?)let.Attribute("name") ?? "", value, Where(let));
        }

        Problem(ValidationDiagnostics.UnsupportedConstruct, Where(let), $"let '{(string?)let.Attribute("name")}' has element content instead of @value; only @value is supported, so the variable is undefined");
        return null;
    }

    private SchCheck Check(XElement check)
    {
        var ids = ((string?)check.Attribute("diagnostics") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new SchCheck(
            check.Name.LocalName == "assert",
            (string?)check.Attribute("test") ?? "true()",
            (string?)check.Attribute("id"),
            (string?)check.Attribute("role"),
            (string?)check.Attribute("flag"),
            Message(check),
            ids,
            Where(check));
    }

    private static List<MessagePart> Message(XElement element)
    {
        var parts = new List<MessagePart>();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    parts.Add(new TextPart(t.Value));
                    break;
                case XElement e when e.Name == Sch + "value-of":
                    parts.Add(new ValueOfPart((string?)e.Attribute("select") ?? "."));
                    break;
                case XElement e when e.Name == Sch + "name":
                    parts.Add(new NamePart((string?)e.Attribute("path")));
                    break;
                case XElement e when e.Name.Namespace == Sch && e.Name.LocalName is "emph" or "dir" or "span":
                    parts.AddRange(Message(e));
                    break;
            }
        }

        return parts;
    }

    private static string Resolve(XElement at, string href)
    {
        var file = OriginOf(at);
        var dir = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        return Path.Combine(dir, href);
    }

    private static string OriginOf(XElement element) =>
        element.AncestorsAndSelf().Select(e => e.Annotation<Origin>()).FirstOrDefault(o => o is not null)?.File ?? "";

    private static SourceSpan Where(XElement element)
    {
        var info = (IXmlLineInfo)element;
        return info.HasLineInfo() ? new SourceSpan(OriginOf(element), info.LineNumber, info.LinePosition) : SourceSpan.None(OriginOf(element));
    }

    private void Problem(DiagnosticDescriptor descriptor, SourceSpan span, string message) => _problems.Add(descriptor.At(span, message));

    private sealed record Origin(string File);
}
