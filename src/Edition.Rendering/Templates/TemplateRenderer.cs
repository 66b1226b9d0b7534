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
/// <param name="substitutes">Templates an <c>include</c> gets from this source text instead of their file (by name, e.g. "document.tex.sbn").</param>
public sealed class TemplateRenderer(TemplateSet set, string kind, IReadOnlyDictionary<string, string>? substitutes = null)
{
    private readonly ConcurrentDictionary<string, Template?> _cache = new(StringComparer.Ordinal);

    // Scriban parses an included template once per context (and a reset context forgets it): without this, every
    // page would parse _head.sbn and _foot.sbn again, a third of the rendering time of a corpus's thousands of pages.
    private readonly ConcurrentDictionary<string, Template> _included = new(StringComparer.Ordinal);

    // Scriban's builtin functions (array, string, date…), built once for the process and read-only. Each context
    // had its own, reused page after page on its thread, so a template that changed one (`date.format = …`) changed
    // the pages its thread rendered next: output that hung on which core rendered which page. Now that is a
    // template error at the template's line, and every context on every thread shares the one set.
    private static readonly Lazy<ScriptObject> Builtins = new(() =>
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        foreach (var module in builtins.Values.OfType<ScriptObject>())
        {
            module.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    });

    // One context per thread, reset between pages: a new context reflects over the model types again.
    private readonly ThreadLocal<TemplateContext> _contexts = new(() => new SharedAccessorContext(Builtins.Value)
    {
        TemplateLoader = new TemplateLoader(set, kind, substitutes),
        MemberRenamer = member => StandardMemberRenamer.Rename(member),
        StrictVariables = true,
        LoopLimit = 0,
        RecursiveLimit = 200,

        // Scriban cuts any string it converts, the page itself among them, at 1 MiB characters by default, without a
        // word: a corpus's edition.tex is many times that.
        LimitToString = 0,
    });

    public TemplateSet Set => set;

    /// <summary>Renders <paramref name="name"/> (e.g. "document.sbn") with the model's members as globals; null on error.</summary>
    /// <param name="functions">The template functions, built once and shared by every render (read only; a
    /// template's assignments go to the model's globals, which are pushed after them).</param>
    /// <param name="variables">Globals set besides the model's members (e.g. the loop variable of a template rendered on its own).</param>
    public string? Render(string name, object model, DiagnosticBag diagnostics, ScriptObject? functions = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var path = set.Find(Path.Combine(kind, name));
        if (path is null)
        {
            diagnostics.Add(RenderingDiagnostics.TemplateNotFound.At(SourceSpan.None($"templates/{kind}/{name}"), $"{kind}/{name}"));
            return null;
        }

        return Render(path, _cache.GetOrAdd(path, p => Template.Parse(File.ReadAllText(p), p)), model, diagnostics, functions, variables);
    }

    /// <summary>Renders template text of Edition's own (not a theme file), named <paramref name="name"/> in messages.</summary>
    public string? RenderSource(string name, string source, object model, DiagnosticBag diagnostics, ScriptObject? functions = null, IReadOnlyDictionary<string, object?>? variables = null) =>
        Render(name, _cache.GetOrAdd(name, _ => Template.Parse(source, name)), model, diagnostics, functions, variables);

    private string? Render(string path, Template? template, object model, DiagnosticBag diagnostics, ScriptObject? functions, IReadOnlyDictionary<string, object?>? variables)
    {
        if (template is null || template.HasErrors)
        {
            foreach (var message in template?.Messages ?? [])
            {
                diagnostics.Add(RenderingDiagnostics.TemplateSyntax.At(new SourceSpan(message.Span.FileName ?? path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
            }

            return null;
        }

        var globals = new ScriptObject();
        ModelImport.Into(globals, model);
        foreach (var (variable, value) in variables ?? new Dictionary<string, object?>())
        {
            globals.SetValue(variable, value, readOnly: false);
        }

        var context = _contexts.Value!;
        context.Reset();
        if (functions is not null)
        {
            context.PushGlobal(functions);
        }

        context.PushGlobal(globals);
        foreach (var (included, parsed) in _included)
        {
            context.CachedTemplates[included] = parsed;
        }

        try
        {
            var html = template.Render(context);
            foreach (var (included, parsed) in context.CachedTemplates)
            {
                _included.TryAdd(included, parsed);
            }

            return html;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(RenderingDiagnostics.TemplateError.At(new SourceSpan(e.Span.FileName ?? path, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage));
            return null;
        }
        finally
        {
            context.Reset(); // lets go of this page's model
        }
    }

    /// <summary>
    /// A context whose member accessors (built by reflection over each model type) are shared by every context of
    /// the process: Scriban keeps them per context and a reset forgets them. Every context here renames and
    /// filters members alike, so an accessor built once is right for all.
    /// </summary>
    private sealed class SharedAccessorContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

        protected override IObjectAccessor GetMemberAccessorImpl(object target)
        {
            if (target is IScriptObject or System.Collections.IDictionary or System.Collections.IList || Accessors.TryGetValue(target.GetType(), out var known) is false)
            {
                var accessor = base.GetMemberAccessorImpl(target);
                if (accessor is not null && target is not (IScriptObject or System.Collections.IDictionary or System.Collections.IList))
                {
                    Accessors.TryAdd(target.GetType(), accessor);
                }

                return accessor!; // as Scriban's own lookup returns it
            }

            return known;
        }
    }
}
