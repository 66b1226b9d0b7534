namespace Edition.Core.Diagnostics;

/// <summary>The findings of the loader: YAML files (ED10xx), the text markup (ED11xx) and the alignment of the texts (ED2101–ED2106).</summary>
public static class SourceDiagnostics
{
    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "ED1001", Severity.Error, "YAML syntax error", "{0}",
        "A YAML file (edition.yml, document.yml, persons.yml, places.yml) is empty or cannot be parsed. Fix the syntax at the line named; indentation and a missing space after ':' are the usual causes.");

    public static readonly DiagnosticDescriptor RequiredFieldMissing = new(
        "ED1002", Severity.Error, "Required field missing or empty", "{0}",
        "A field or section every file of its kind needs is absent or has no value. Add it; `edition new` writes a project with every required field.");

    public static readonly DiagnosticDescriptor UnknownField = new(
        "ED1003", Severity.Warning, "Unknown field", "unknown field '{0}' is ignored{1}",
        "A YAML file has a field its schema (schemas/yaml/) does not define, often a misspelt one; the message names the closest known field. It is ignored; correct or remove it.");

    public static readonly DiagnosticDescriptor WrongShape = new(
        "ED1004", Severity.Error, "Field of the wrong shape", "{0}",
        "A field holds a list where a single value is expected, a value where a mapping or list is expected, or a value outside its allowed set. Write it in the shape the message names.");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "ED1005", Severity.Error, "Invalid ISO date", "{0}",
        "A date is not an ISO date (YYYY-MM-DD, or YYYY-MM-DDThh:mm where a time is allowed), or names a day the calendar does not have.");

    public static readonly DiagnosticDescriptor UnknownPerson = new(
        "ED1006", Severity.Error, "Unknown person", "unknown person '{0}'{1} (add it to persons.yml)",
        "A {person ID: …} directive names an id that persons.yml does not define. Add the person, or correct the id (a close match is suggested).");

    public static readonly DiagnosticDescriptor UnknownPlace = new(
        "ED1007", Severity.Error, "Unknown place", "unknown place '{0}'{1} (add it to places.yml)",
        "A {place ID: …} directive names an id that places.yml does not define. Add the place, or correct the id (a close match is suggested).");

    public static readonly DiagnosticDescriptor BadAuthorityId = new(
        "ED1008", Severity.Error, "Duplicate or malformed authority id", "{0}",
        "An id in persons.yml or places.yml is used twice, or does not start with a letter and hold only letters, digits, '-', '_' or '.'. Ids become xml:ids, so they must be unique and valid.");

    public static readonly DiagnosticDescriptor MissingFile = new(
        "ED1009", Severity.Error, "Missing file", "{0}",
        "A file the project needs does not exist: edition.yml at the project root, or a file named in edition.yml (introduction, schema, Schematron…). Create it or correct the path.");

    public static readonly DiagnosticDescriptor UnknownWitnessOrResp = new(
        "ED1010", Severity.Error, "Unknown witness or resp", "{0}",
        "An apparatus reading names a siglum not declared under 'witnesses' in document.yml, or a resp names neither a witness nor an editor of the edition. Declare it or correct it.");

    public static readonly DiagnosticDescriptor TextFilesMismatch = new(
        "ED1011", Severity.Error, "Text files do not match document.yml", "{0}",
        "A document folder holds at least one text: at most one original.LANG.md, whose LANG is document.yml's 'language' (without it, the original is not transcribed), a translation.LANG.md for the translation document.yml names and any others, and witness.SIGLUM.LANG.md files. A text file with another name is ignored (a warning).");

    public static readonly DiagnosticDescriptor DuplicateDocumentId = new(
        "ED1012", Severity.Error, "Two documents with the same id", "document id '{0}' is also used by {1}",
        "Two document folders declare the same id; ids name the output files, so each must be unique. Rename one.");

    public static readonly DiagnosticDescriptor UnknownRevisionEditor = new(
        "ED1013", Severity.Error, "Revision by an unknown editor", "revision 'who: {0}' is not an editor id from edition.yml",
        "A revision in document.yml names, under 'who', an id that is not among the editors of edition.yml. Add the editor or correct the id.");

    public static readonly DiagnosticDescriptor IntroductionOutsideProject = new(
        "ED1014", Severity.Error, "File outside the project", "file '{0}' named by '{1}' is outside the project (a path or a link leads out of it): an edition publishes only its own files",
        "edition.yml names, as its introduction or principles, a file that a path ('../') or a link takes outside the project folder. An edition publishes only its own files: copy the text into the project.");

    public static readonly DiagnosticDescriptor DocumentOutsideProject = new(
        "ED1015", Severity.Error, "Document linked from outside the project", "'{0}' is a link to '{1}', outside the project: an edition reads and publishes only its own files",
        "An entry of documents/ (a TEI file, a document folder, its document.yml or a text file) is a link to a file or folder outside the project. It is not read. Copy the document into the project.");

    public static readonly DiagnosticDescriptor TemplateOutsideProject = new(
        "ED1016", Severity.Error, "Template linked from outside the project", "the template or asset '{0}' is a link to '{1}', outside the project: an edition publishes only its own files",
        "A file of the edition's templates/ folder (a template override or an asset) is a link to a file outside the project. It is never used. Copy the file into the project.");

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "ED1017", Severity.Error, "Not UTF-8", "the file is not UTF-8: byte 0x{0:X2} here is not part of a UTF-8 character; save the file as UTF-8",
        "A YAML or Markdown source holds bytes that are not UTF-8, usually because it was saved as Latin-1 or Windows-1252. Edition reads sources as UTF-8 only and does not guess: save the file as UTF-8 (the position is that of the first such byte).");

    public static readonly DiagnosticDescriptor SeveralYamlDocuments = new(
        "ED1018", Severity.Error, "Several YAML documents", "a second YAML document starts here ('---'): a source file holds one",
        "A YAML source (edition.yml, document.yml, persons.yml, places.yml) holds more than one document, separated by '---'. Edition would read only the first: merge them into one, or remove the separator.");

    public static readonly DiagnosticDescriptor NotXmlCharacter = new(
        "ED1019", Severity.Error, "Character XML cannot hold", "the character U+{0:X4} is not allowed in XML (TEI cannot hold it): remove it",
        "A YAML or Markdown source holds a character that XML 1.0 does not allow (a control character other than tab and line breaks, U+FFFE, U+FFFF, or half of a surrogate pair), often pasted from a word processor or a PDF. TEI cannot hold it: remove it. Up to twenty are reported per file.");

    public static readonly DiagnosticDescriptor SourceTooLarge = new(
        "ED1020", Severity.Error, "Source file too large", "the file holds more than {0} MB (or is a device that never ends): Edition reads YAML and Markdown sources up to that size",
        "A YAML or Markdown source is larger than the limit (64 MB), or is not a file but a device such as /dev/zero. Edition never reads more than a file's size, so memory stays bounded; split a text that large into documents.");

    public static readonly DiagnosticDescriptor FieldTooLong = new(
        "ED1021", Severity.Error, "Field value too long", "this value holds {0:N0} characters; a field holds at most {1:N0}",
        "A value in a YAML file (edition.yml, document.yml, persons.yml, places.yml) is longer than 1,000,000 characters. A field is a title, a date, a summary: text that long belongs in a document's text files. Each field is copied into several outputs (the TEI header, pages, citations), so the limit keeps a build's memory bounded.");

    public static readonly DiagnosticDescriptor NotARegularFile = new(
        "ED1022", Severity.Error, "Not a regular file", "'{0}' is {1}, not a regular file: Edition reads only regular files",
        "A file of the project (a YAML or Markdown source, the introduction or principles, a template or asset of the edition's templates/) is a FIFO (named pipe), a device or a socket. Opening a FIFO waits for a writer for ever and a device may never end, so Edition refuses such a file without opening it. Put a regular file in its place.");

    public static readonly DiagnosticDescriptor UndeclaredWitnessText = new(
        "ED1023", Severity.Error, "Witness text without its witness", "the witness text {0} names siglum '{1}', which document.yml does not declare under 'witnesses'",
        "A text file witness.SIGLUM.LANG.md names a siglum that is not among the 'witnesses' of document.yml. Declare it there (id and label: the label says what the witness is, in the TEI's listWit and on the page), or rename the file.");

    public static readonly DiagnosticDescriptor TextsShareName = new(
        "ED1024", Severity.Error, "Two texts with one name", "{0} and {1} would share the name '{2}' in the TEI's ids (an original or translation is named by its language, a witness by its siglum)",
        "The TEI names the ids of an original or a translation by its language, and a witness's by its siglum; two texts of a document would get the same ids. Give the witness another siglum (one that is not a language of the document's texts), or keep one text per language.");

    public static readonly DiagnosticDescriptor UnknownBaseText = new(
        "ED1025", Severity.Error, "Unknown base text", "'base' names '{0}', which is not a text of this document (its texts: {1})",
        "document.yml's 'base' names the text the others align with, by its file name without '.md' (original.ru, translation.en, witness.B.ru). Name one of the document's text files, or remove 'base' (the default is the original, else the first translation).");

    public static readonly DiagnosticDescriptor UnknownPrintTexts = new(
        "ED1026", Severity.Error, "Unknown print layout of texts", "'print.texts' is '{0}'; it must be one of: facing, sequence, columns",
        "edition.yml's 'print: {texts: …}' says how the print edition sets a document of more than two texts: 'facing' (the default: the first two on facing pages, the others after them), 'sequence' (each text after the other, under its name) or 'columns' (all texts in columns, row by row). Write one of those words.");

    public static readonly DiagnosticDescriptor UnknownPrintFacsimiles = new(
        "ED5132", Severity.Error, "Unknown choice of page images in print", "'print.facsimiles' is '{0}'; it must be one of: none, plates",
        "edition.yml's 'print: {facsimiles: …}' says whether the print edition shows the documents' page images: 'none' (the default) or 'plates' (each local page image on a page of its own after its document, captioned with its page's label). Write one of those words.");

    public static readonly DiagnosticDescriptor UnknownConvention = new(
        "ED1035", Severity.Error, "Unknown citation convention", "unknown convention '{0}'; the conventions are: {1}",
        "'convention:' (in edition.yml, or in a holding of document.yml) names the scholarly tradition whose forms cite the holding, write dates and order names: one of the conventions shipped with Edition (templates/conventions/NAME.json) or one the edition adds as templates/conventions/NAME.json. Write one of the names listed, or add the file.");

    public static readonly DiagnosticDescriptor UnreadableConvention = new(
        "ED1036", Severity.Error, "Convention file cannot be read", "{0}",
        "An edition's own convention (templates/conventions/NAME.json) is JSON with the fields of the shipped ones (description, countries, culture, short, long, recto, verso, date, names); this one is not well-formed, has a field Edition does not know, or names a culture .NET does not know. Correct it after the shipped files' example.");

    public static readonly DiagnosticDescriptor SchemaMismatch = new(
        "ED1030", Severity.Error, "Value not as the schema defines it", "'{0}' must be {1}",
        "A YAML file is checked against its published schema (schemas/yaml/NAME.schema.json, shipped with Edition); this value does not have the form the schema gives for its field (the message names the field's path and the form). Write it in that form; an editor with a YAML language server shows the same findings as you type.");

    public static readonly DiagnosticDescriptor FacsimileImageMissing = new(
        "ED1040", Severity.Error, "Page image not found", "page image '{0}' not found ({1})",
        "A page of document.yml's 'facsimile' names an image file that is not in the document's folder (or a path or link leads out of the project). Put the image beside document.yml, or correct its name.");

    public static readonly DiagnosticDescriptor FacsimileImageUnreadable = new(
        "ED1041", Severity.Error, "Page image unreadable", "page image '{0}' is not a PNG or JPEG image Edition can read{1}",
        "A page image's bytes are not those of a PNG or JPEG file (the file is damaged, cut short, or of another type under that name). Export the page again as PNG or JPEG.");

    public static readonly DiagnosticDescriptor FacsimileManifestNotJson = new(
        "ED1042", Severity.Error, "Manifest not JSON", "manifest '{0}' is not JSON: {1}",
        "The file named under 'facsimile: manifest:' cannot be read as JSON. Save the IIIF Presentation manifest again, or correct the file name.");

    public static readonly DiagnosticDescriptor FacsimileManifestNotIiif = new(
        "ED1043", Severity.Error, "Manifest not a IIIF manifest", "manifest '{0}' is not a IIIF Presentation 2 or 3 manifest: {1}",
        "The manifest named under 'facsimile: manifest:' is JSON, but not a IIIF Presentation manifest with canvases (version 3: a 'Manifest' with 'items'; version 2: 'sc:Manifest' with 'sequences' of 'canvases'), or a canvas lacks its size or image.");

    public static readonly DiagnosticDescriptor FacsimilePageCount = new(
        "ED1044", Severity.Error, "Page images and page breaks differ in number", "{0} page image(s) but {1} page break(s) in {2}: pages are tied to page breaks in order",
        "Without facs= on its page breaks, the transcription's n-th {pb} shows the n-th page image, so their numbers must be equal. Add or remove page breaks or images, or tie each page break to its image with {pb N facs=LABEL}.");

    public static readonly DiagnosticDescriptor FacsimileUnknownPage = new(
        "ED1045", Severity.Error, "Page break names no page image", "facs='{0}' names no page of document.yml's facsimile (known: {1})",
        "A {pb N facs=NAME} names a page by a label or an image file name that no page of document.yml's 'facsimile' has. Correct the name, or add the page.");

    public static readonly DiagnosticDescriptor FacsimileZoneInvalid = new(
        "ED1046", Severity.Error, "Zone not on its page or segment", "{0}",
        "A zone of a page image names a segment the transcription does not have, or its box (x, y, width, height in pixels from the top left) is not four whole numbers inside the image. Correct the segment key or the box.");

    public static readonly DiagnosticDescriptor FacsimilePageIncomplete = new(
        "ED1047", Severity.Error, "Page image incomplete", "{0}",
        "Each page of 'facsimile' names exactly one of 'image' (a file in the document's folder, or an http(s) URL) and 'service' (a IIIF Image API service's URL); an image by URL and a service need 'width' and 'height' in pixels, as they are not fetched at build time.");

    public static readonly DiagnosticDescriptor UnknownDirective = new(
        "ED1101", Severity.Error, "Unknown directive", "unknown directive '{0}'; known: {1}",
        "A {name …} directive is not one Edition knows; the message lists those it does. Correct the name, or write '\\{' for a literal brace.");

    public static readonly DiagnosticDescriptor UnbalancedBrace = new(
        "ED1102", Severity.Error, "Unclosed or unmatched brace", "{0}",
        "A '{' has no matching '}' (or the reverse), or emphasis opened outside a directive closes inside it. Close what is open where it was opened; '\\{' and '\\}' write literal braces.");

    public static readonly DiagnosticDescriptor MalformedDirective = new(
        "ED1103", Severity.Error, "Malformed directive", "{0}",
        "A directive's arguments, parts or labels are not in the form it takes, e.g. {app: lemma | SIGLUM: reading} or {person ID: text}. The message shows the expected form.");

    public static readonly DiagnosticDescriptor RawTeiMalformed = new(
        "ED1104", Severity.Error, "Raw TEI not well-formed or not closed", "{0}",
        "Inline or raw TEI in a text file is not well-formed, is not closed in the same paragraph, or carries an attribute that is neither TEI nor xml:. Fix the markup at the place named.");

    public static readonly DiagnosticDescriptor UnsupportedMarkdown = new(
        "ED1105", Severity.Error, "Markdown construct outside the markup", "{0} is not part of Edition's document markup; use paragraphs with directives such as {{#p1}}, {{fw TYPE}}, {{ab TYPE}}, or raw TEI",
        "Lists, block quotes, headings, code blocks and other Markdown blocks have no place in a document's text. Write paragraphs with directives, or raw TEI.");

    public static readonly DiagnosticDescriptor BlockTypeMissing = new(
        "ED1106", Severity.Error, "Block directive without its type", "'{{{0}}}' needs a type, as in {{{0} {1}}}",
        "The block directives {fw} and {ab} need a type (e.g. {fw header}, {ab received}); the types allowed are those of the schema.");

    public static readonly DiagnosticDescriptor BadContainer = new(
        "ED1107", Severity.Error, "Unknown or malformed container", "{0}",
        "A ':::' container is not one Edition knows (table, closer), or '::: table' does not hold exactly one pipe table.");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "ED1108", Severity.Error, "Markup nested too deeply", "containers, directives, emphasis, links or TEI nested deeper than {0} levels: what is inside is left out",
        "A text nests ':::' containers, directives (notes in notes, {supplied: {unclear: …}}…), emphasis, links, or inline and raw TEI inside one another deeper than the limit (25 levels in all; real texts nest a few). The place named is where the level too many opens. Flatten the nesting there.");

    public static readonly DiagnosticDescriptor MarkdownNestedTooDeep = new(
        "ED1109", Severity.Error, "Markdown nested too deeply", "Markdown nested too deeply from this line on (block quotes, lists or containers more than {0} levels, or '[', '*' and the like by the thousand): the file is not read",
        "Markdown's own structures (block quotes, lists, ':::' containers, brackets and emphasis markers) nest deeper than the Markdown reader allows: 128 levels of blocks, about ten thousand of inline brackets. No real text does; the line named is where the nesting first goes too deep. Nothing of the file is read.");

    public static readonly DiagnosticDescriptor BadManuscriptValue = new(
        "ED1110", Severity.Error, "Value not allowed for a manuscript change", "{0} '{1}' is not allowed on '{2}'; allowed: {3}",
        "A manuscript change's attribute takes a value from a closed list: a deletion's rend= (how the text was struck out), an addition's place= (where it was written), a space's unit=. The message lists the values allowed; the site and the print edition mark each of them.");

    public static readonly DiagnosticDescriptor UndeclaredHand = new(
        "ED1111", Severity.Error, "Undeclared hand", "hand '{0}' is not declared under 'hands' in document.yml{1}",
        "A {handShift new=ID} directive, or a hand= on a deletion or an addition, names a hand that document.yml does not declare. Declare it (hands: - { id: ID, label: \"…\" }: the label is what readers see) or correct the id.");

    public static readonly DiagnosticDescriptor DuplicateHand = new(
        "ED1112", Severity.Error, "Hand declared twice or malformed", "{0}",
        "An id under 'hands' in document.yml is used twice, or does not start with a letter and hold only letters, digits, '-', '_' or '.'. Hand ids become xml:ids in the TEI header (handNote), so they must be unique and valid.");

    public static readonly DiagnosticDescriptor DuplicateSegmentKey = new(
        "ED2101", Severity.Error, "Segment key used twice", "segment id '{0}' is used twice in this text (first at line {1})",
        "Two paragraphs of one text start with the same {#key}. Keys pair the paragraphs of the original and the translation, so each is used once per text.");

    public static readonly DiagnosticDescriptor BadSegmentKey = new(
        "ED2102", Severity.Error, "Segment key not a valid id", "segment id '{0}' may hold only letters, digits, '-', '_' and '.'",
        "A {#key} holds a character an XML id cannot hold. Use letters, digits, '-', '_' and '.' only.");

    public static readonly DiagnosticDescriptor MissingSegmentKey = new(
        "ED2103", Severity.Error, "Body paragraph without a segment key", "paragraph has no segment id: start it with {{#key}} to align it with the other language",
        "A body paragraph of a document with a translation does not start with {#key}, so it cannot be paired with the other text. Start it with a key.");

    public static readonly DiagnosticDescriptor NoCounterpart = new(
        "ED2104", Severity.Error, "Segment without counterpart", "segment '{0}' has no counterpart in the {1} ({2})",
        "A keyed paragraph has no paragraph with the same key in a text it aligns with (the original and its translations align with one another, a witness with the base text). Add the counterpart, correct the key, or, when the text truly lacks it (a fragmentary original, a translator's omission), declare the segment one-sided: {#p5 one-sided} or {#p5 one-sided reason=untranslated}.");

    public static readonly DiagnosticDescriptor OneSidedHasCounterparts = new(
        "ED2105", Severity.Warning, "One-sided segment has its counterparts", "segment '{0}' is declared one-sided, but every text it aligns with has it ({1})",
        "A segment declared one-sided ({#p5 one-sided}) has a segment of the same key in every text it aligns with, so nothing is missing. Remove 'one-sided', or correct the key.");

    public static readonly DiagnosticDescriptor OneSidedWithoutAlignment = new(
        "ED2106", Severity.Warning, "One-sided segment in a text that aligns with none", "segment '{0}' is declared one-sided, but {1} aligns with no other text",
        "A segment is declared one-sided in a text that claims no counterparts (the only text of a document, or a witness beside a base that is missing). The declaration has no effect; remove it.");
}
