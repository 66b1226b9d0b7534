namespace Edition.TestSupport.Fuzzing;

/// <summary>
/// What a format's mutations insert: its special tokens, and pairs that open and close a level of nesting
/// (wrapped around a span up to <see cref="Mutator.MaxDepth"/> deep). The tokens every parser of text meets are
/// always added.
/// </summary>
public sealed record FuzzDictionary(IReadOnlyList<string> Tokens, IReadOnlyList<(string Open, string Close)> Nesting)
{
    /// <summary>Tokens hostile to any text parser: delimiters, control characters, non-characters, lone surrogates (as their WTF-8 bytes in <see cref="Mutator"/>).</summary>
    public static readonly IReadOnlyList<string> Common =
    [
        "{", "}", "<", ">", "&", "]]>", "---", "...", "\t", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\uFFFE", "\uFFFF",
        "\uD800", "\uDC00", "\uFEFF", "\u200B", "\u202E", "\r", "\r\n", "\n", "\n\n", " ", "\"", "'", "\\", "|", ":", "#", "*", "[", "]",
        "%", "$", "^", "~", "_", "`", "@", "!", "&amp;", "&#0;", "&#xD800;", "&#x1F600;", "𝕏", "é", "Ё", "中", "0", "-1",
        "99999999999999999999", "1e308", "NaN",
    ];

    public static readonly FuzzDictionary Markup = new(
        ["{#p1}", "{#", "{pers ", "{place ", "{note ", "{note}", "{app ", "{rdg ", "{lem ", "{sic ", "{corr ", "{date ", "{stamp ", "{pb ",
         "{lb}", "{unclear ", "{gap}", "{del ", "{add ", "{hi ", "{term ", "{ref ", "{foreign ", "{quote ", "{seg ", "{head}", "{opener}",
         "{closer}", "{signed}", ":::", "::: note\n", ":::\n", "| a | b |\n|---|---|\n", "# ", "## ", "* ", "- ", "1. ", "> ", "```\n", "    ",
         "<p>", "</p>", "<hi rend=\"x\">", "<lb/>", "<!--", "-->", "[x](y)", "![i](j)", "**", "__", "\\{", "\\}", "|", "|label:", ": "],
        [("{note ", "}"), ("{hi ", "}"), ("{", "}"), ("*", "*"), ("[", "](x)"), ("> ", ""), ("::: note\n", "\n:::\n"), ("<hi>", "</hi>"), ("{app ", "|rdg:x}")]);

    public static readonly FuzzDictionary Yaml = new(
        [": ", "- ", "? ", "!!binary ", "!!str ", "!!int ", "!tag ", "&a ", "*a", "<<: *a", "|\n", ">\n", "|-\n", "%YAML 1.2\n", "%TAG ! x\n",
         "---\n", "...\n", "~", "null", "true", "\"\\u0000\"", "\"\\x80\"", "'", "\"", "# c", "{}", "[]", "{a: b}", "[a, b]", "key: value\n",
         "title: ", "date: ", "id: ", "language: ", "persons: ", "- id: p1\n  name: X\n", "1900-02-30", "2026-12-06", "  ", "\t"],
        [("[", "]"), ("{a: ", "}"), ("- ", ""), ("[{a: ", "}]")]);

    public static readonly FuzzDictionary Xml = new(
        ["<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.1\"?>", "<!DOCTYPE TEI [<!ENTITY a \"b\">]>",
         "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">", "&a;", "&lt;", "&#x0;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", "xmlns=\"\"",
         "xmlns:x=\"urn:x\"", "xml:id=\"d1\"", "xml:id=\"\"", "xml:lang=\"ru\"", "type=\"document\"", "n=\"\"", "</", "/>", "=\"", "\"",
         "<div type=\"document\" xml:id=\"d9\">", "</div>", "<p>", "</p>", "<note>", "</note>", "<app><lem>a</lem><rdg wit=\"#w\">b</rdg></app>",
         "<persName ref=\"#p\">", "</persName>", "<pb n=\"1\"/>", "<lb/>", "<hi rend=\"italic\">", "</hi>", "<ref target=\"#x\">", "</ref>",
         "<date when=\"1951-13-45\">", "</date>", "<head>", "</head>", "<table><row><cell>", "</cell></row></table>", "<witness>", "</witness>",
         "<listWit>", "<seg xml:id=\"s\">", "</seg>", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "</TEI>", "<text><body>", "</body></text>"],
        [("<div>", "</div>"), ("<p>", "</p>"), ("<hi>", "</hi>"), ("<note>", "</note>"), ("<seg>", "</seg>"), ("<div type=\"document\" xml:id=\"n\">", "</div>"), ("<x:a xmlns:x=\"urn:x\">", "</x:a>")]);

    public static readonly FuzzDictionary RelaxNg = new(
        ["<element name=\"a\">", "</element>", "<attribute name=\"b\">", "</attribute>", "<text/>", "<empty/>", "<notAllowed/>", "<ref name=\"x\"/>",
         "<parentRef name=\"x\"/>", "<define name=\"x\">", "<define name=\"x\" combine=\"choice\">", "<define name=\"x\" combine=\"interleave\">",
         "</define>", "<start>", "</start>", "<grammar>", "</grammar>", "<choice>", "</choice>", "<group>", "</group>", "<interleave>", "</interleave>",
         "<oneOrMore>", "</oneOrMore>", "<zeroOrMore>", "</zeroOrMore>", "<optional>", "</optional>", "<mixed>", "</mixed>", "<list>", "</list>",
         "<data type=\"integer\">", "<data type=\"string\"/>", "<data type=\"nope\"/>", "</data>", "<param name=\"pattern\">[a-", "<param name=\"minLength\">-1",
         "</param>", "<value>", "</value>", "<except>", "</except>", "<anyName/>", "<nsName ns=\"\"/>", "<name>", "</name>", "<include href=\"x.rng\"/>",
         "<include href=\"/etc/passwd\"/>", "<externalRef href=\"\"/>", "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\"", "datatypeLibrary=\"%\"",
         "ns=\"urn:x\"", "name=\"\"", "name=\"a:b\"", "xmlns=\"http://relaxng.org/ns/structure/1.0\"", "xmlns:a=\"http://relaxng.org/ns/compatibility/annotations/1.0\""],
        [("<choice>", "<empty/></choice>"), ("<group>", "</group>"), ("<element name=\"e\">", "</element>"), ("<oneOrMore>", "</oneOrMore>"),
         ("<except>", "</except>"), ("<grammar><start>", "</start></grammar>"), ("<optional>", "</optional>"), ("<div>", "</div>")]);

    public static readonly FuzzDictionary WilsonExport = new(
        ["**Wilson\nCenter**\n", "Digital Archive\n", "Citation:\n", "Summary:\n", "Original Language:\n", "Contents:\n", "Original Scan\n",
         "Translation - English\n", "Translation - Russian\n", "June 21, 1951\n", "31 February 1951", "<https://x/document/1>\n", "[", "]", "[sic]",
         "[illegible]", "| | |\n|---|---|\n", "| a | b |\n", "Т. Сталину", "ТОВ. ", "Товарищ ФИЛИППОВ!\n", "MAO ZEDONG\n", "1. ", "\n\n\n", "**", "*", "_"],
        [("[", "]"), ("**", "**"), ("(", ")"), ("\"", "\"")]);
}
