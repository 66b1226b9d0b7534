using Edition.Core.Diagnostics;

namespace Edition.Tei.Validation;

/// <summary>
/// The findings of the Validate stage: the integrity checks (ED22xx, and ED2110–ED2114 for @facs) and the Schematron engine (ED40xx, ED41xx).
/// The RELAX NG codes are Edition.Build.Validation.RelaxNgDiagnostics (beside the engine it wraps), edition.sch's own are <see cref="SchematronDiagnostics"/>.
/// </summary>
public static class ValidationDiagnostics
{
    public static readonly DiagnosticDescriptor PageBreakImageNotFound = new(
        "ED2110", Severity.Error, "Page break's image not found", "@facs of <pb> points to '{0}', but {1} has no surface, zone or graphic with xml:id '{2}'",
        "A page break's @facs names the page's image: a `<surface>` (or a `<zone>` or `<graphic>`) of the file's `<facsimile>`, as #id. No element of the file has that id, so the page has no image beside the text. Correct the id, or give the surface that id.");

    public static readonly DiagnosticDescriptor SegmentZoneNotFound = new(
        "ED2111", Severity.Error, "Segment's zone not found", "@facs of <{0}> points to '{1}', but {2} has no zone, surface or graphic with xml:id '{3}'",
        "A segment's (or any element's) @facs names the region of a page image it transcribes: a `<zone>` (or a whole `<surface>` or `<graphic>`) of the file's `<facsimile>`, as #id. No element of the file has that id, so nothing is highlighted on the image. Correct the id, or give the zone that id.");

    public static readonly DiagnosticDescriptor FacsNotAnImage = new(
        "ED2112", Severity.Error, "@facs names no part of a facsimile", "@facs of <{0}> points to '{1}', which is a <{2}>, not a surface, zone or graphic",
        "@facs points to an element of the file that is not part of a page image (e.g. a paragraph, when @corresp was meant). It must name a `<surface>`, `<zone>`, `<graphic>` or `<surfaceGrp>` of the file's `<facsimile>`.");

    public static readonly DiagnosticDescriptor FacsIntoAnotherFileNotFound = new(
        "ED2113", Severity.Error, "@facs into another file names no image", "@facs of <{0}> points to '{1}', but {2} has {3}",
        "@facs of the form file.xml#id names a file of the edition, whose element with that id must be a `<surface>`, `<zone>`, `<graphic>` or `<surfaceGrp>`: it has no element with that id, or the element is not part of a page image.");

    public static readonly DiagnosticDescriptor FacsSurfaceWithoutImage = new(
        "ED2114", Severity.Warning, "@facs names a surface without an image", "@facs of <{0}> points to '{1}', but its <surface> has no <graphic> with a @url: the page is shown without its image",
        "@facs names a `<surface>` (or a `<zone>` of one) that holds no `<graphic url=\"…\">`, so the site and the print edition have no image to show for it. Add the page's `<graphic>` to the surface.");

    public static readonly DiagnosticDescriptor UnresolvedLocalPointer = new(
        "ED2201", Severity.Error, "Unresolved local pointer", "{0} points to '{1}', but no element of {2} has xml:id '{3}'",
        "A pointer of the form #id (in @corresp, @target, @ref, @wit, @source, @resp or @who; @facs has its own codes, ED2110–ED2114) names no element of its own file. Correct the id, or give the target that id.");

    public static readonly DiagnosticDescriptor UnresolvedEditionPointer = new(
        "ED2202", Severity.Error, "Unresolved pointer into another file", "{0} points to '{1}', but {2} has no xml:id '{3}'",
        "A pointer of the form file.xml#id names a file of the edition that has no element with that id (e.g. a person missing from persons.xml).");

    public static readonly DiagnosticDescriptor UnknownFile = new(
        "ED2203", Severity.Error, "Pointer to a file outside the edition", "{0} points to '{1}', but '{2}' is not a file of this edition",
        "A pointer names an XML file that is not part of the edition. URLs and images are not checked; local XML files must be documents or lists of the edition.");

    public static readonly DiagnosticDescriptor MissingCounterpart = new(
        "ED2204", Severity.Error, "Keyed segment without counterpart", "keyed <{0}> '{1}' has no counterpart in the {2} (no @corresp)",
        "A keyed segment of a parallel text (original, translation, witness) has no @corresp pointing to its counterpart in the other text. A segment that another text lacks on purpose points to a gap there, which points back.");

    public static readonly DiagnosticDescriptor CorrespNotReciprocal = new(
        "ED2205", Severity.Error, "@corresp not reciprocal", "{0}",
        "A segment's @corresp points to an element that is not in the other text, or whose own @corresp does not point back.");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "ED2206", Severity.Error, "Duplicate xml:id", "{0}",
        "An xml:id is used twice in a file, or by two documents of the edition (the persons and places lists excepted, and the documents of one volume file). Ids must be unique across the edition.");

    public static readonly DiagnosticDescriptor MalformedDate = new(
        "ED2207", Severity.Error, "Malformed date", "@{0}='{1}' on <{2}> is not a W3C date (YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss)",
        "A date attribute (@when, @notBefore, @notAfter, @from, @to) is not a W3C date, or names a day the calendar does not have.");

    public static readonly DiagnosticDescriptor ImplausibleDateRange = new(
        "ED2208", Severity.Error, "Date range ends before it starts", "<{0}> @{1}='{2}' is after @{3}='{4}'",
        "A date range runs backwards: @notBefore is after @notAfter, or @from after @to.");

    public static readonly DiagnosticDescriptor AlignmentCoverage = new(
        "ED2209", Severity.Info, "Alignment coverage", "alignment coverage of {0}: {1} of {2} keyed segments ({3:0.#}%){4}",
        "Information: how many keyed segments of a document's parallel texts are aligned with a counterpart; reported when it is below 100%, or when segments are one-sided by intent (a counterpart that is a gap: the other text lacks the segment on purpose), which are counted apart.");

    public static readonly DiagnosticDescriptor AssertFailed = new(
        "ED4001", Severity.Error, "Schematron assertion failed", "{0}",
        "An assert of a Schematron schema without an ED code of its own failed on a document. The message is the schema's; role or flag set the severity (warn, info, else error).");

    public static readonly DiagnosticDescriptor ReportFired = new(
        "ED4002", Severity.Error, "Schematron report fired", "{0}",
        "A report of a Schematron schema without an ED code of its own fired on a document. The message is the schema's; role or flag set the severity (warn, info, else error).");

    public static readonly DiagnosticDescriptor SchemaUnreadable = new(
        "ED4101", Severity.Error, "Schematron schema unreadable", "{0}",
        "A Schematron file is missing, not well-formed, or not an ISO Schematron schema; none of its checks run.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "ED4102", Severity.Warning, "Unsupported Schematron construct", "{0}",
        "The schema uses a construct the engine cannot run (XSLT elements, a query binding other than XPath 2.0, sch:group, let with element content). It is reported, never skipped silently.");

    public static readonly DiagnosticDescriptor UnsupportedExpression = new(
        "ED4103", Severity.Warning, "Expression skipped", "{0}",
        "An XPath expression the XPath 2.0 engine cannot compile (XPath 3 syntax, an unknown or XSLT-only function, doc()) or a variable that cannot be computed: its check is skipped.");

    public static readonly DiagnosticDescriptor EvaluationFailed = new(
        "ED4104", Severity.Error, "Evaluation failed", "{0}",
        "An assert or report raised a dynamic error on a node (e.g. a type error, a value that is not a number where one is needed, document() of a missing file): the check has no verdict there, which is an error at that node, never a silent pass.");

    public static readonly DiagnosticDescriptor ExpressionDoesNotCompile = new(
        "ED4217", Severity.Error, "Schematron expression does not compile", "{0}",
        "A rule context, assert or report test, let or value-of that is not XPath at all (a syntax error, an unknown function or prefix). A schema with such an expression cannot be used: `edition validate` stops (exit 2) before any verdict, unless `--allow-incomplete-rules` is given, which skips the rules concerned with a warning.");

    public static readonly DiagnosticDescriptor RulesSkipped = new(
        "ED4218", Severity.Warning, "Schematron rules skipped", "{0} rule(s) of {1} skipped because their expressions do not compile (--allow-incomplete-rules)",
        "With `--allow-incomplete-rules`, a schema whose expressions do not all compile is run without the rules concerned; this counts them.");

    public static readonly DiagnosticDescriptor EngineGaps = new(
        "ED4219", Severity.Warning, "Schematron checks not run", "{0} of {1} check(s) are not run: {2}",
        "How many checks of a schema the engine cannot run though the schema is right (XPath 3 syntax, a standard or XSLT function it does not implement, an xsl:function, a known engine defect), and which functions; reported before any verdict. Each one is also reported where it is (ED4103).");

    public static readonly DiagnosticDescriptor BrokenSchemaReference = new(
        "ED4105", Severity.Error, "Broken reference in a Schematron schema", "{0}",
        "A reference inside a Schematron schema does not resolve: a phase, an active pattern, an abstract pattern or rule, a diagnostic, or an include (also one that nests too deeply).");

    public static readonly DiagnosticDescriptor SchemaNotFound = new(
        "ED4106", Severity.Error, "RELAX NG schema not found", "schema '{0}' chosen for {1} does not exist",
        "The RELAX NG schema chosen for a document (its xml-model, 'schema:' in edition.yml, or --schema) does not exist.");

    public static readonly DiagnosticDescriptor XmlModelSchemaMissing = new(
        "ED4107", Severity.Warning, "Schema named by xml-model not found", "xml-model names the schema '{0}', which is not on this machine; validated with {1} instead",
        "A TEI file's <?xml-model?> names a RELAX NG schema that is neither a file at that path (relative to the TEI file) nor the official TEI tei_all URL (which stands for the tei_all Edition ships). Edition never fetches schemas: put the schema there, name it in edition.yml ('schema:'), or give --schema.");

    public static readonly DiagnosticDescriptor NotInShards = new(
        "ED6101", Severity.Error, "Not in any shard", "{0}",
        "`edition merge` found no shard holding a file's validation or a document's pages: a shard is missing, or was built from other sources, schemas, templates, options or Edition version. The merge writes nothing.");
}
