using System.Collections.Concurrent;
using Edition.RelaxNg.Patterns;
using Edition.RelaxNg.Simplification;

namespace Edition.RelaxNg.Validation;

/// <summary>
/// Everything validation needs from a compiled schema, immutable and shared by concurrent validations,
/// plus a pool of warm <see cref="Deriver"/>s (each used by one validation at a time).
/// </summary>
internal sealed class SchemaModel
{
    private const int MaxPooledSize = 2_000_000;
    private readonly ConcurrentBag<Deriver> pool = [];

    public SchemaModel(CompiledSchema schema)
    {
        Start = schema.Start;
        Patterns = schema.Builder;
        Recovery = new RecoveryIndex(schema.Elements);
        Ids = new IdAttributeMap(schema.Elements);

        // "Anything": the content given to elements the schema does not know, so validation can go on.
        var anyName = new AnyNameClass(null);
        var anyElement = Patterns.Element(anyName, Parsing.SourceLocation.Unknown);
        var item = Patterns.Choice(Patterns.Choice(Patterns.Attribute(anyName, LeafPattern.Text), LeafPattern.Text), anyElement);
        AnyContent = Patterns.Choice(Patterns.OneOrMore(item), LeafPattern.Empty);
        anyElement.Content = AnyContent;
    }

    public Pattern Start { get; }

    public PatternBuilder Patterns { get; }

    public RecoveryIndex Recovery { get; }

    public IdAttributeMap Ids { get; }

    public Pattern AnyContent { get; }

    public Deriver RentDeriver() => pool.TryTake(out var d) ? d : new Deriver(Patterns);

    public void ReturnDeriver(Deriver deriver)
    {
        if (deriver.Size < MaxPooledSize)
        {
            pool.Add(deriver);
        }
    }
}
