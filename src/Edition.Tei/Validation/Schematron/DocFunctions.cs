using System.Xml.XPath;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// F&amp;O 2.0's <c>fn:doc($uri)</c> and <c>fn:doc-available($uri)</c> (15.5.4, 15.5.5), which XPath2 lacks, over
/// <see cref="LocalDocuments"/>: a relative URI is resolved against the static base URI (the schema's own folder);
/// the same URI gives the same document node throughout a run; the empty sequence gives the empty sequence (doc)
/// or false (doc-available). A file doc() cannot return (missing, not XML, not local) is the dynamic error
/// FODC0002, and doc-available() of it is false; a string that is no URI is FODC0005 for both.
/// </summary>
internal static class DocFunctions
{
    private const string FunctionNamespace = "http://www.w3.org/2003/11/xpath-functions";

    public static void Register(FunctionTable table)
    {
        table.Add(FunctionNamespace, "doc", 1, XPath2ResultType.NodeSet, (_, _, args) => Doc(args[0]));
        table.Add(FunctionNamespace, "doc-available", 1, XPath2ResultType.Boolean, (_, _, args) => DocAvailable(args[0]));
    }

    private static XPath2NodeIterator Doc(object argument)
    {
        if (Reference(argument) is not { } reference)
        {
            return new NodeIterator([]);
        }

        var scope = Scope("doc");
        return new NodeIterator([LocalDocuments.Load(scope, Resolve(scope, reference, "doc"), "doc", reference)]);
    }

    private static bool DocAvailable(object argument)
    {
        if (Reference(argument) is not { } reference)
        {
            return false;
        }

        var scope = Scope("doc-available");
        try
        {
            LocalDocuments.Load(scope, Resolve(scope, reference, "doc-available"), "doc-available", reference);
            return true;
        }
        catch (XPath2Exception e) when (e.ErrorCode == "FODC0002")
        {
            return false;
        }
    }

    /// <summary>The argument's string value, or null for the empty sequence (the argument is xs:string?).</summary>
    private static string? Reference(object argument) =>
        XPath2NodeIterator.Create(argument).Cast<XPathItem>().FirstOrDefault()?.Value;

    private static string Resolve(EvaluationScope scope, string reference, string function)
    {
        if (reference.Contains('#', StringComparison.Ordinal))
        {
            throw new XPath2Exception("FODC0005", $"{function}('{reference}'): a document's URI has no fragment identifier");
        }

        return LocalDocuments.Resolve(new Uri(Path.Combine(scope.Model.Directory, "x")), reference, function);
    }

    private static EvaluationScope Scope(string function) =>
        EvaluationScope.Current ?? throw new XPath2Exception("XPDY0002", $"{function}() is only available while a Schematron schema runs");
}
