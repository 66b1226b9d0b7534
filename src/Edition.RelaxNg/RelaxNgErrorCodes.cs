namespace Edition.RelaxNg;

/// <summary>The ED3xxx diagnostic codes: ED30xx for instances, ED31xx for schemas.</summary>
public static class RelaxNgErrorCodes
{
    /// <summary>The instance is not well-formed XML, or could not be read (DTD prohibited, I/O).</summary>
    public const string NotWellFormed = "ED3000";
    public const string UnexpectedElement = "ED3001";
    public const string MissingContent = "ED3002";
    public const string UnexpectedAttribute = "ED3003";
    public const string MissingAttribute = "ED3004";
    public const string InvalidValue = "ED3005";
    public const string TextNotAllowed = "ED3006";
    public const string DuplicateId = "ED3007";
    public const string DanglingIdRef = "ED3008";
    public const string TooManyErrors = "ED3009";

    /// <summary>The schema breaks the RELAX NG syntax (section 3) or a simplification rule (section 4).</summary>
    public const string SchemaSyntax = "ED3100";
    public const string SchemaUnreadable = "ED3101";
    public const string IncludeLoop = "ED3102";
    public const string ForbiddenHref = "ED3103";
    public const string UndefinedReference = "ED3104";
    public const string DatatypeProblem = "ED3105";
    public const string RestrictionViolated = "ED3106";
    public const string IllegalRecursion = "ED3107";
    public const string NameClassProblem = "ED3108";

    /// <summary>A compact-syntax schema (.rnc) breaks the compact syntax: a character, token or construct out of place.</summary>
    public const string CompactSyntax = "ED3110";

    /// <summary>A compact-syntax schema uses an undeclared prefix or declares one wrongly (twice, xml, xmlns, xsd).</summary>
    public const string CompactDeclaration = "ED3111";

    /// <summary>A compact-syntax schema nests patterns, name classes or annotations deeper than the parser follows.</summary>
    public const string CompactTooDeep = "ED3112";
}
