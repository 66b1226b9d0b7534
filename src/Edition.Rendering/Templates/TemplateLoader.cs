using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Edition.Rendering.Templates;

/// <summary>Lets templates <c>include</c> each other, resolved through the same override-then-default lookup.</summary>
internal sealed class TemplateLoader(TemplateSet set, string kind) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        set.Find(Path.Combine(kind, templateName)) ?? throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' not found in {kind}/ (looked in the edition's templates/ and the default theme)");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
}
