using System.Xml.Linq;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Parsing;

namespace Edition.RelaxNg.Simplification;

/// <summary>
/// Spec 4.16: except in anyName/nsName, attribute names that would be namespace declarations, and the
/// datatypes of every <c>data</c> and <c>value</c> (known type, valid parameters, valid value).
/// </summary>
internal static class ConstraintRules
{
    public static void Apply(XElement root, SchemaErrors errors)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            switch (Rng.Local(e))
            {
                case "anyName" or "nsName":
                    CheckExcept(e, errors);
                    break;
                case "attribute":
                    CheckAttributeName(e.Elements().First(), e, errors);
                    break;
                case "data":
                    CompileData(e, errors);
                    break;
                case "value":
                    CompileValue(e, errors);
                    break;
            }
        }
    }

    private static void CheckExcept(XElement e, SchemaErrors errors)
    {
        if (e.Element(Rng.Name("except")) is not { } except)
        {
            return;
        }

        var forbidden = Rng.Local(e) == "anyName" ? "anyName" : "nsName";
        foreach (var d in except.Descendants())
        {
            if (Rng.Local(d) == "anyName" || Rng.Local(d) == forbidden)
            {
                errors.Report(RelaxNgErrorCodes.NameClassProblem, d, $"'{Rng.Local(d)}' is not allowed in the except of '{Rng.Local(e)}'");
            }
        }
    }

    // Literal reading of 4.16 (and spectest): even inside an except, such a name makes the schema incorrect.
    private static void CheckAttributeName(XElement nameClass, XElement attribute, SchemaErrors errors)
    {
        foreach (var n in nameClass.DescendantsAndSelf())
        {
            var ns = n.Attribute("ns")?.Value;
            var isXmlns = (Rng.Local(n) == "name" && ns == "" && n.Value == "xmlns")
                || (Rng.Local(n) is "name" or "nsName" && ns == Rng.XmlnsNamespace);
            if (isXmlns)
            {
                errors.Report(RelaxNgErrorCodes.NameClassProblem, attribute, "an attribute name class must not allow namespace declarations (xmlns)");
            }
        }
    }

    private static void CompileData(XElement e, SchemaErrors errors)
    {
        var parameters = e.Elements(Rng.Name("param"))
            .Select(p => new KeyValuePair<string, string>(p.Attribute("name")!.Value, p.Value))
            .ToList();
        try
        {
            var spec = new DatatypeSpec(e.Attribute("datatypeLibrary")!.Value, e.Attribute("type")!.Value, parameters);
            e.AddAnnotation(new CompiledDatatype(DatatypeLibraries.Create(spec), spec, null));
        }
        catch (DatatypeException x)
        {
            errors.Report(RelaxNgErrorCodes.DatatypeProblem, e, x.Message);
        }
    }

    private static void CompileValue(XElement e, SchemaErrors errors)
    {
        try
        {
            var spec = new DatatypeSpec(e.Attribute("datatypeLibrary")!.Value, e.Attribute("type")!.Value, []);
            var datatype = DatatypeLibraries.Create(spec);
            IDatatypeContext context = e.Annotation<NamespaceContext>() ?? (IDatatypeContext)NoNamespaces.Instance;
            var value = datatype.Parse(e.Value, context);
            if (value is null)
            {
                errors.Report(RelaxNgErrorCodes.DatatypeProblem, e, $"'{e.Value}' is not a valid {datatype.Name}");
                return;
            }

            e.AddAnnotation(new CompiledDatatype(datatype, spec, value));
        }
        catch (DatatypeException x)
        {
            errors.Report(RelaxNgErrorCodes.DatatypeProblem, e, x.Message);
        }
    }
}
