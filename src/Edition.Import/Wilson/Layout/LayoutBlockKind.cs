namespace Edition.Import.Wilson.Layout;

/// <summary>What a block of the export becomes in the edition source.</summary>
internal enum LayoutBlockKind
{
    /// <summary>A body paragraph, <c>{#key}</c>: aligned with the other language.</summary>
    Body,

    /// <summary>Forme work, <c>{fw TYPE}</c>: header, folio, catch word, stamp, dispatch note…</summary>
    Forme,

    /// <summary>Another telegram block, <c>{ab TYPE}</c>: received line, series, address, salute…</summary>
    Block,

    /// <summary>The telegram's heading, <c>{head}</c>.</summary>
    Head,

    /// <summary>A pipe table, <c>::: table TYPE</c>.</summary>
    Table,

    /// <summary><c>{dateline}</c> inside <c>::: closer</c>.</summary>
    Dateline,

    /// <summary><c>{signed}</c> inside <c>::: closer</c>.</summary>
    Signed,

    /// <summary>A plain paragraph inside <c>::: closer</c> (a certification such as "Верно: …").</summary>
    CloserText,

    /// <summary><c>{pb N}</c>: a new leaf begins.</summary>
    PageBreak,
}
