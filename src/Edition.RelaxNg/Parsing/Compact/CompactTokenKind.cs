namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>The kinds of token of the compact syntax (specification A.2.5).</summary>
internal enum CompactTokenKind
{
    /// <summary>An NCName that is not a keyword.</summary>
    Identifier,

    /// <summary>A backslash-escaped NCName (<c>\start</c>); its text is the name without the backslash.</summary>
    QuotedIdentifier,

    Keyword,

    /// <summary>A prefixed name, <c>prefix:local</c>.</summary>
    CName,

    /// <summary><c>prefix:*</c>; its text is the prefix.</summary>
    NsName,

    /// <summary>One literal segment (quotes removed); segments joined by <c>~</c> are separate tokens.</summary>
    Literal,

    /// <summary>A <c>##</c> documentation line.</summary>
    Documentation,

    /// <summary>An operator or bracket: <c>{ } ( ) [ ] = |= &amp;= , | &amp; ? * + - ~ &gt;&gt;</c>.</summary>
    Punctuation,

    EndOfFile,
}
