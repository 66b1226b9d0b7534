using Edition.Core.Diagnostics;
using Edition.RelaxNg;

namespace Edition.Build.Validation;

/// <summary>
/// The RELAX NG engine's codes (ED30xx instances, ED31xx schemas) described for the catalogue. Edition.RelaxNg is a
/// library without Edition.Core, so its <see cref="RelaxNgErrorCodes"/> stay the source of the ids; the messages are the engine's.
/// </summary>
public static class RelaxNgDiagnostics
{
    public static readonly DiagnosticDescriptor NotWellFormed = new(
        RelaxNgErrorCodes.NotWellFormed, Severity.Error, "Not well-formed XML", "{0}",
        "The document is not well-formed XML, or cannot be read (a DTD, which is prohibited; an I/O error). Nothing else is checked.");

    public static readonly DiagnosticDescriptor UnexpectedElement = new(
        RelaxNgErrorCodes.UnexpectedElement, Severity.Error, "Element not allowed here", "{0}",
        "An element is not allowed at this place by the schema; the message names what was expected.");

    public static readonly DiagnosticDescriptor MissingContent = new(
        RelaxNgErrorCodes.MissingContent, Severity.Error, "Element incomplete", "{0}",
        "An element ends before the content the schema requires (or the document has no root element); the message names what was expected.");

    public static readonly DiagnosticDescriptor UnexpectedAttribute = new(
        RelaxNgErrorCodes.UnexpectedAttribute, Severity.Error, "Attribute not allowed", "{0}",
        "An attribute is not allowed on this element by the schema.");

    public static readonly DiagnosticDescriptor MissingAttribute = new(
        RelaxNgErrorCodes.MissingAttribute, Severity.Error, "Required attribute missing", "{0}",
        "An element lacks an attribute the schema requires.");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        RelaxNgErrorCodes.InvalidValue, Severity.Error, "Invalid value", "{0}",
        "An attribute value or element text is not valid for its datatype or not one of the values the schema allows.");

    public static readonly DiagnosticDescriptor TextNotAllowed = new(
        RelaxNgErrorCodes.TextNotAllowed, Severity.Error, "Text not allowed", "{0}",
        "An element holds text where the schema allows only elements.");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        RelaxNgErrorCodes.DuplicateId, Severity.Error, "Duplicate ID", "{0}",
        "Two values of ID type are the same (RELAX NG DTD compatibility).");

    public static readonly DiagnosticDescriptor DanglingIdRef = new(
        RelaxNgErrorCodes.DanglingIdRef, Severity.Error, "IDREF without matching ID", "{0}",
        "An IDREF value names no ID of the document (RELAX NG DTD compatibility).");

    public static readonly DiagnosticDescriptor TooManyErrors = new(
        RelaxNgErrorCodes.TooManyErrors, Severity.Warning, "Error cap reached", "{0}",
        "The document has more errors than the engine reports; the rest are left out. Fix the first ones and validate again.");

    public static readonly DiagnosticDescriptor SchemaSyntax = new(
        RelaxNgErrorCodes.SchemaSyntax, Severity.Error, "Schema syntax error", "{0}",
        "The schema breaks the RELAX NG syntax (specification section 3) or a simplification rule (section 4), or cannot be used at all.");

    public static readonly DiagnosticDescriptor SchemaUnreadable = new(
        RelaxNgErrorCodes.SchemaUnreadable, Severity.Error, "Schema unreadable", "{0}",
        "The schema, or a file it includes, cannot be read or is not well-formed XML.");

    public static readonly DiagnosticDescriptor IncludeLoop = new(
        RelaxNgErrorCodes.IncludeLoop, Severity.Error, "Include loop", "{0}",
        "An include or externalRef leads back to a schema already being loaded.");

    public static readonly DiagnosticDescriptor ForbiddenHref = new(
        RelaxNgErrorCodes.ForbiddenHref, Severity.Error, "href not allowed", "{0}",
        "An include or externalRef href has a fragment, is not a local file, or cannot be resolved.");

    public static readonly DiagnosticDescriptor UndefinedReference = new(
        RelaxNgErrorCodes.UndefinedReference, Severity.Error, "Undefined reference", "{0}",
        "A ref or parentRef names no define, a grammar has no start, or an include overrides a component the included grammar lacks.");

    public static readonly DiagnosticDescriptor DatatypeProblem = new(
        RelaxNgErrorCodes.DatatypeProblem, Severity.Error, "Datatype error", "{0}",
        "A datatype, one of its parameters, or a value in the schema is not valid.");

    public static readonly DiagnosticDescriptor RestrictionViolated = new(
        RelaxNgErrorCodes.RestrictionViolated, Severity.Error, "Restriction violated", "{0}",
        "The simplified schema breaks a restriction of specification section 7 (e.g. an attribute inside an attribute, data in an interleave with text).");

    public static readonly DiagnosticDescriptor IllegalRecursion = new(
        RelaxNgErrorCodes.IllegalRecursion, Severity.Error, "Recursion without element", "{0}",
        "A define refers to itself without an element in between.");

    public static readonly DiagnosticDescriptor NameClassProblem = new(
        RelaxNgErrorCodes.NameClassProblem, Severity.Error, "Name class error", "{0}",
        "A name class breaks section 4.16: a forbidden except, or an attribute name class that allows xmlns.");

    public static readonly DiagnosticDescriptor CompactSyntax = new(
        RelaxNgErrorCodes.CompactSyntax, Severity.Error, "Compact syntax error", "{0}",
        "A RELAX NG compact-syntax schema (.rnc) breaks the compact syntax: an unexpected character or token, an unterminated literal, a bad \\x{...} escape, or operators mixed without parentheses ('a | b, c').");

    public static readonly DiagnosticDescriptor CompactDeclaration = new(
        RelaxNgErrorCodes.CompactDeclaration, Severity.Error, "Compact syntax prefix error", "{0}",
        "A compact-syntax schema uses a namespace or datatypes prefix it does not declare, or declares one wrongly: twice, 'xmlns', 'xml' or 'xsd' bound to another URI.");

    public static readonly DiagnosticDescriptor CompactTooDeep = new(
        RelaxNgErrorCodes.CompactTooDeep, Severity.Error, "Compact syntax nested too deeply", "{0}",
        "A compact-syntax schema nests patterns, name classes or annotations deeper than the parser follows (a limit that keeps hostile schemas from exhausting the stack).");
}
