namespace Edition.Tei.Validation;

/// <summary>
/// The diagnostic codes of the Validate stage (ED3xxx RELAX NG codes belong to Edition.RelaxNg). ED2101–ED2104
/// are the source-level alignment checks of the loader; the TEI-level integrity checks start at ED2201.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A local pointer (<c>#id</c>) names no element of its file.</summary>
    public const string UnresolvedLocalPointer = "ED2201";

    /// <summary>An edition pointer (<c>file.xml#id</c>) names an id its file does not have.</summary>
    public const string UnresolvedEditionPointer = "ED2202";

    /// <summary>A pointer names an XML file that is not part of the edition.</summary>
    public const string UnknownFile = "ED2203";

    /// <summary>A keyed segment of a parallel text has no counterpart (no <c>@corresp</c>, or no parallel text).</summary>
    public const string MissingCounterpart = "ED2204";

    /// <summary>A <c>@corresp</c> does not point back, or points outside the parallel text.</summary>
    public const string CorrespNotReciprocal = "ED2205";

    /// <summary>An <c>xml:id</c> is used twice in a file, or by two documents of the edition.</summary>
    public const string DuplicateId = "ED2206";

    /// <summary>A date attribute is not a W3C date (xs:date, xs:dateTime, xs:gYear, xs:gYearMonth…).</summary>
    public const string MalformedDate = "ED2207";

    /// <summary>A date range ends before it starts (<c>notBefore &gt; notAfter</c>, <c>from &gt; to</c>).</summary>
    public const string ImplausibleDateRange = "ED2208";

    /// <summary>Information: how many keyed segments of a document's parallel texts are aligned.</summary>
    public const string AlignmentCoverage = "ED2209";

    /// <summary>A Schematron assertion failed (schemas without their own ED4xxx ids).</summary>
    public const string AssertFailed = "ED4001";

    /// <summary>A Schematron report fired.</summary>
    public const string ReportFired = "ED4002";

    /// <summary>A Schematron file cannot be read: missing, not well-formed, not ISO Schematron.</summary>
    public const string SchemaUnreadable = "ED4101";

    /// <summary>A construct the engine cannot run (XSLT elements, unknown query binding…): reported, never skipped silently.</summary>
    public const string UnsupportedConstruct = "ED4102";

    /// <summary>An XPath expression the XPath 2.0 engine cannot compile (XPath 3 syntax, unknown function): its check is skipped.</summary>
    public const string UnsupportedExpression = "ED4103";

    /// <summary>An expression failed while evaluating on a document: its check is skipped for those nodes.</summary>
    public const string EvaluationFailed = "ED4104";

    /// <summary>A reference inside a Schematron schema does not resolve (phase, pattern, abstract rule, diagnostic, include).</summary>
    public const string BrokenSchemaReference = "ED4105";

    /// <summary>The schema chosen for a document (xml-model, edition.yml, --schema) does not exist.</summary>
    public const string SchemaNotFound = "ED4106";

    /// <summary>A merge of shards found no shard holding a file's validation (missing shard, or shards of other sources).</summary>
    public const string NotInShards = "ED6101";
}
