using System.Xml.Linq;
using Edition.RelaxNg.Parsing;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Simplification;

/// <summary>The whole road from a loaded schema document to a checked pattern graph, phase by phase.</summary>
internal static class SchemaCompiler
{
    public static CompiledSchema Compile(XElement root, Uri? documentUri, Func<string, string?>? refuseFile = null)
    {
        var errors = new SchemaErrors();
        var prepared = new IncludeExpander(errors, refuseFile).Prepare(root, documentUri, grammarOnly: false);
        errors.ThrowIfAny();
        root = prepared!;

        root = StructureRules.Apply(root);
        ConstraintRules.Apply(root, errors);
        errors.ThrowIfAny();

        var grammar = new GrammarFlattener(errors).Flatten(root);
        errors.ThrowIfAny();

        var builder = new PatternBuilder();
        var compiler = new PatternCompiler(grammar, builder, errors);
        var start = compiler.Compile();
        errors.ThrowIfAny();

        new RestrictionChecker(errors).Check(start, compiler.Elements);
        errors.ThrowIfAny();
        return new CompiledSchema(start, builder, compiler.Elements);
    }
}
