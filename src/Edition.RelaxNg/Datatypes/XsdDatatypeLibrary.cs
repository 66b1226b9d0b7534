using System.Globalization;

namespace Edition.RelaxNg.Datatypes;

/// <summary>The XML Schema datatype library as RELAX NG uses it (Guidelines for using W3C XML Schema Datatypes with RELAX NG).</summary>
internal static class XsdDatatypeLibrary
{
    public const string Uri = "http://www.w3.org/2001/XMLSchema-datatypes";

    private static readonly IDatatypeContext NoContext = new EmptyContext();

    public static Datatype Create(string type, IReadOnlyList<KeyValuePair<string, string>> parameters, bool deferPatterns = false)
    {
        var baseType = CreateBase(type) ?? throw new DatatypeException($"unknown XML Schema datatype '{type}'");
        if (parameters.Count == 0)
        {
            return baseType;
        }

        var facets = new XsdFacets();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (name != "pattern" && !seen.Add(name))
            {
                throw new DatatypeException($"parameter '{name}' given twice");
            }

            Apply(baseType, facets, name, value, deferPatterns);
        }

        return new RestrictedDatatype(baseType, facets);
    }

    private static Datatype? CreateBase(string type) =>
        (Datatype?)XsdStringType.Create(type) ?? (Datatype?)XsdListType.Create(type) ?? (Datatype?)XsdDecimalType.Create(type)
        ?? (Datatype?)XsdDateTimeType.Create(type) ?? type switch
        {
            "boolean" => new XsdBooleanType(),
            "anyURI" => new XsdAnyUriType(),
            "QName" or "NOTATION" => new XsdQNameType(type),
            "double" => new XsdFloatType(type, single: false),
            "float" => new XsdFloatType(type, single: true),
            "duration" => new XsdDurationType(),
            "hexBinary" => new XsdBinaryType(type, hex: true),
            "base64Binary" => new XsdBinaryType(type, hex: false),
            _ => null,
        };

    private static void Apply(Datatype type, XsdFacets facets, string name, string value, bool deferPatterns)
    {
        switch (name)
        {
            case "pattern":
                facets.Patterns.Add(deferPatterns ? XsdRegexTranslator.ToDeferredRegex(value) : XsdRegexTranslator.ToRegex(value));
                break;
            case "length" or "minLength" or "maxLength":
                Require(type is XsdStringType or XsdListType or XsdBinaryType or XsdAnyUriType or XsdQNameType, type, name);
                var n = Integer(name, value, 0);
                _ = name == "length" ? facets.Length = n : name == "minLength" ? facets.MinLength = n : facets.MaxLength = n;
                break;
            case "minInclusive" or "minExclusive" or "maxInclusive" or "maxExclusive":
                Require(type.IsOrdered, type, name);
                var bound = type.Parse(value, NoContext)
                    ?? throw new DatatypeException($"parameter '{name}': '{value}' is not a valid {type.Name}");
                _ = name switch
                {
                    "minInclusive" => facets.MinInclusive = bound,
                    "minExclusive" => facets.MinExclusive = bound,
                    "maxInclusive" => facets.MaxInclusive = bound,
                    _ => facets.MaxExclusive = bound,
                };
                break;
            case "totalDigits":
                Require(type.HasDigits, type, name);
                facets.TotalDigits = Integer(name, value, 1);
                break;
            case "fractionDigits":
                Require(type.HasDigits, type, name);
                facets.FractionDigits = Integer(name, value, 0);
                break;
            case "whiteSpace" or "enumeration":
                throw new DatatypeException($"parameter '{name}' is not allowed with RELAX NG (use value/choice or rely on the type)");
            default:
                throw new DatatypeException($"unknown parameter '{name}' for datatype {type.Name}");
        }
    }

    private static void Require(bool applicable, Datatype type, string facet)
    {
        if (!applicable)
        {
            throw new DatatypeException($"parameter '{facet}' does not apply to datatype {type.Name}");
        }
    }

    private static int Integer(string name, string value, int min)
    {
        if (!int.TryParse(Whitespace.Collapse(value), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min)
        {
            throw new DatatypeException($"parameter '{name}' needs an integer ≥ {min}, got '{value}'");
        }

        return n;
    }

    private sealed class EmptyContext : IDatatypeContext
    {
        public string? LookupNamespace(string prefix) => prefix.Length == 0 ? "" : null;
    }
}
