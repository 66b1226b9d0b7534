using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Edition.Rendering.Templates;

/// <summary>
/// A template function of a label name and values to text (<c>plural "key" n</c>, <c>tf "key" a b</c>), called
/// directly as <see cref="TextFunction"/> is; its text is plain, for the template to escape.
/// </summary>
public sealed class ArgumentsFunction(int required, Func<IReadOnlyList<object?>, string> function) : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => required;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"expected at least {required} values, got {arguments.Count}");
        }

        try
        {
            return function([.. arguments]);
        }
        catch (InvalidOperationException e)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
