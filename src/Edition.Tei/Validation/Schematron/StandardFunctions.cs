namespace Edition.Tei.Validation.Schematron;

/// <summary>
/// The functions of XPath and XQuery Functions and Operators 3.1 (fn: and math:) and of XSLT (document, key,
/// current…): a call to one of these that the engine cannot compile is a gap of the engine (unsupported), while a
/// call to any other function without a declaration is an error in the schema.
/// </summary>
internal static class StandardFunctions
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "abs", "adjust-date-to-timezone", "adjust-dateTime-to-timezone", "adjust-time-to-timezone", "analyze-string",
        "apply", "available-environment-variables", "avg", "base-uri", "boolean", "ceiling", "codepoint-equal",
        "codepoints-to-string", "collation-key", "collection", "compare", "concat", "contains", "contains-token", "count",
        "current-date", "current-dateTime", "current-time", "data", "dateTime", "day-from-date", "day-from-dateTime",
        "days-from-duration", "deep-equal", "default-collation", "default-language", "distinct-values", "doc",
        "doc-available", "document-uri", "element-with-id", "empty", "encode-for-uri", "ends-with", "environment-variable",
        "error", "escape-html-uri", "exactly-one", "exists", "false", "filter", "floor", "fold-left", "fold-right",
        "format-date", "format-dateTime", "format-integer", "format-number", "format-time", "function-arity",
        "function-lookup", "function-name", "generate-id", "has-children", "head", "hours-from-dateTime",
        "hours-from-duration", "hours-from-time", "id", "idref", "implicit-timezone", "in-scope-prefixes", "index-of",
        "innermost", "insert-before", "iri-to-uri", "json-doc", "json-to-xml", "lang", "last", "load-xquery-module",
        "local-name", "local-name-from-QName", "lower-case", "matches", "max", "min", "minutes-from-dateTime",
        "minutes-from-duration", "minutes-from-time", "month-from-date", "month-from-dateTime", "months-from-duration",
        "name", "namespace-uri", "namespace-uri-for-prefix", "namespace-uri-from-QName", "nilled", "node-name",
        "normalize-space", "normalize-unicode", "not", "number", "one-or-more", "outermost", "parse-ietf-date",
        "parse-json", "parse-xml", "parse-xml-fragment", "path", "position", "prefix-from-QName", "QName", "random-number-generator",
        "remove", "replace", "resolve-QName", "resolve-uri", "reverse", "root", "round", "round-half-to-even",
        "seconds-from-dateTime", "seconds-from-duration", "seconds-from-time", "serialize", "sort", "starts-with",
        "static-base-uri", "string", "string-join", "string-length", "string-to-codepoints", "subsequence", "substring",
        "substring-after", "substring-before", "sum", "tail", "timezone-from-date", "timezone-from-dateTime",
        "timezone-from-time", "tokenize", "trace", "transform", "translate", "true", "unordered", "unparsed-text",
        "unparsed-text-available", "unparsed-text-lines", "upper-case", "uri-collection", "xml-to-json",
        "year-from-date", "year-from-dateTime", "years-from-duration", "zero-or-one", "for-each", "for-each-pair",

        // math: (F&O 3.1, 4.8)
        "pi", "exp", "exp10", "log", "log10", "pow", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",

        // XSLT 2.0/3.0 functions a Schematron with an xslt query binding may call
        "document", "key", "current", "current-group", "current-grouping-key", "unparsed-entity-uri",
        "unparsed-entity-public-id", "system-property", "element-available", "function-available", "type-available",
        "regex-group", "accumulator-before", "accumulator-after", "copy-of", "snapshot", "available-system-properties",
        "current-merge-group", "current-merge-key", "current-output-uri", "stream-available",
    };

    /// <summary>True when a call to <paramref name="prefix"/>:<paramref name="name"/> names a standard function.</summary>
    public static bool Contains(string? prefix, string name) =>
        prefix is null or "fn" or "math" && Names.Contains(name);
}
