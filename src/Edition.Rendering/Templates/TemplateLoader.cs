using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Edition.Rendering.Templates;

/// <summary>
/// Lets templates <c>include</c> each other, resolved through the same override-then-default lookup; a
/// substituted name is served from its given text instead (at a path no file has).
/// </summary>
internal sealed class TemplateLoader(TemplateSet set, string kind, IReadOnlyDictionary<string, string>? substitutes = null) : ITemplateLoader
{
    private const string SubstitutePrefix = "substitute:";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        substitutes is not null && substitutes.ContainsKey(templateName) ? SubstitutePrefix + templateName
        : set.Find(Path.Combine(kind, templateName)) ?? throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' not found in {kind}/ (looked in the edition's templates/ and the default theme)");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templatePath.StartsWith(SubstitutePrefix, StringComparison.Ordinal) ? substitutes![templatePath[SubstitutePrefix.Length..]] : File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
}
