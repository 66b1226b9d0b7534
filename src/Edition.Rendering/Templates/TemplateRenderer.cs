using System.Collections.Concurrent;
using Edition.Core.Diagnostics;
using Edition.Core.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Edition.Rendering.Templates;

/// <summary>
/// Parses each template once (thread-safe cache) and renders it with a model. Template errors become
/// ED5xxx diagnostics at the template's own file, line and column, never exceptions.
/// </summary>
public sealed class TemplateRenderer(TemplateSet set, string kind)
{
    private readonly ConcurrentDictionary<string, Template?> _cache = new(StringComparer.Ordinal);

    public TemplateSet Set => set;

    /// <summary>Renders <paramref name="name"/> (e.g. "document.sbn") with the model's members as globals; null on error.</summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics, Action<ScriptObject>? addFunctions = null)
    {
        var path = set.Find(Path.Combine(kind, name));
        if (path is null)
        {
            diagnostics.Add(Diagnostic.Error("ED5001", SourceSpan.None($"templates/{kind}/{name}"), $"template '{kind}/{name}' not found in the edition's templates/ or the default theme"));
            return null;
        }

        var template = _cache.GetOrAdd(path, p => Template.Parse(File.ReadAllText(p), p));
        if (template is null || template.HasErrors)
        {
            foreach (var message in template?.Messages ?? [])
            {
                diagnostics.Add(Diagnostic.Error("ED5002", new SourceSpan(message.Span.FileName ?? path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), $"template syntax: {message.Message}"));
            }

            return null;
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: member => StandardMemberRenamer.Rename(member));
        addFunctions?.Invoke(globals);
        var context = new TemplateContext
        {
            TemplateLoader = new TemplateLoader(set, kind),
            MemberRenamer = member => StandardMemberRenamer.Rename(member),
            StrictVariables = true,
            LoopLimit = 0,
            RecursiveLimit = 200,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Diagnostic.Error("ED5003", new SourceSpan(e.Span.FileName ?? path, e.Span.Start.Line + 1, e.Span.Start.Column + 1), $"template error: {e.OriginalMessage}"));
            return null;
        }
    }
}
