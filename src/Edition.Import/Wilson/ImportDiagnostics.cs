using Edition.Core.Diagnostics;

namespace Edition.Import.Wilson;

/// <summary>The findings of <c>edition import wilson</c> (ED15xx).</summary>
public static class ImportDiagnostics
{
    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "ED1501", Severity.Error, "Export unreadable", "cannot read the export: {0}",
        "The export file cannot be read (it does not exist, or permissions forbid it). Check the path given to `edition import wilson`.");

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "ED1502", Severity.Error, "Export empty", "the export is empty",
        "The export file holds no text. Export the record's text again.");

    public static readonly DiagnosticDescriptor BinaryFile = new(
        "ED1503", Severity.Error, "Export is binary", "the file is binary, not UTF-8 text; export the document's text from the Wilson Center PDF first",
        "The file is not UTF-8 text (a PDF or an image handed over by mistake). Import the text export of the record.");

    public static readonly DiagnosticDescriptor NoHeader = new(
        "ED1504", Severity.Error, "No Wilson Center header", "no Wilson Center header found: expected the date, the title and a 'Citation:' line before the text",
        "The file does not start with a Wilson Center Digital Archive header: the date, the title and a 'Citation:' line before the text.");

    public static readonly DiagnosticDescriptor NoOriginal = new(
        "ED1505", Severity.Warning, "Translation only", "no {0} text before the translation: imported as a translation alone ('language: {1}' names the original, which is not transcribed)",
        "The export holds only the English translation. It is imported as a translation-only document: translation.en.md, with `language:` naming the original's language; the edition says the original is not transcribed. Add original.LANG.md by hand when the original is transcribed.");

    public static readonly DiagnosticDescriptor NoTranslation = new(
        "ED1506", Severity.Warning, "Original only", "no English translation after the original text: imported as the original alone",
        "The export holds the original text but no English translation after it. It is imported as an original alone (no translation.en.md, no `translation:` in document.yml); add a translation by hand if there is one.");

    public static readonly DiagnosticDescriptor NoText = new(
        "ED1546", Severity.Error, "No text", "no text after the header: neither the original nor a translation",
        "The export has a Wilson Center header but no text after it, neither the original nor the English translation. Export the record with its text.");

    public static readonly DiagnosticDescriptor BadDate = new(
        "ED1507", Severity.Error, "No document date", "no document date above 'Citation:' (expected a line like 'June 21, 1951')",
        "No line above 'Citation:' reads as the document's date (e.g. 'June 21, 1951'); the date names the imported document.");

    public static readonly DiagnosticDescriptor UnknownLanguage = new(
        "ED1508", Severity.Warning, "Unknown original language", "original language '{0}' not recognised; assumed Russian (ru)",
        "The header names an original language the importer does not know; Russian is assumed. Correct 'language' in document.yml and the text file's name if that is wrong.");

    public static readonly DiagnosticDescriptor NotAProject = new(
        "ED1510", Severity.Error, "Not an Edition project", "not an Edition project: no {0} in '{1}' (use --into PROJECT)",
        "The import goes into an Edition project, a folder with edition.yml. Run it in the project or name it with --into.");

    public static readonly DiagnosticDescriptor DocumentExists = new(
        "ED1511", Severity.Error, "Document exists", "documents/{0} already exists; pass --force to replace it or --id to import under another name",
        "A document with the import's id exists already. Pass --force to replace it, or --id to import under another id.");

    public static readonly DiagnosticDescriptor BadDocumentId = new(
        "ED1512", Severity.Error, "Bad document id", "document id '{0}' must be letters, digits, '.', '_' or '-', starting with a letter or digit",
        "The id given with --id names a folder and output files, so it holds only letters, digits, '.', '_' or '-', starting with a letter or digit.");

    public static readonly DiagnosticDescriptor AuthorityUnreadable = new(
        "ED1513", Severity.Error, "Project YAML invalid", "a project YAML file (edition.yml, persons.yml, places.yml) is not valid YAML: {0}",
        "The importer reads edition.yml, persons.yml and places.yml to reuse their entries; one of them is not valid YAML. `edition build` names the place.");

    public static readonly DiagnosticDescriptor WriteFailed = new(
        "ED1514", Severity.Error, "Import not written", "the import could not be written, nothing was changed: {0}",
        "The imported document could not be written into the project (permissions, a full disk). Nothing was changed; fix the cause and import again.");

    public static readonly DiagnosticDescriptor UnknownRepository = new(
        "ED1520", Severity.Warning, "Unknown archive", "archive '{0}' is not known to the importer; document.yml keeps the abbreviation: add country, settlement and repository",
        "The citation names an archive the importer does not know. document.yml keeps its abbreviation; add its country, settlement and repository by hand.");

    public static readonly DiagnosticDescriptor CitationNotUnderstood = new(
        "ED1521", Severity.Warning, "Citation part not understood", "{0}",
        "A part of the 'Citation:' line could not be read as an archive reference (fond, opis, delo, list). Complete the archive fields of document.yml by hand.");

    public static readonly DiagnosticDescriptor Unaligned = new(
        "ED1530", Severity.Warning, "Unaligned paragraph", "{0} paragraph has no counterpart; written as '{{#{1}}}' for the editor to pair or remove: {2}",
        "A body paragraph of one text could not be paired with one of the other. It is written with a one-sided key (e.g. {#p2-ru}), which the build reports until the editor pairs or removes it.");

    public static readonly DiagnosticDescriptor SenderUnknown = new(
        "ED1540", Severity.Warning, "Sender or recipient unknown", "the {0} is not in the gazetteer; document.yml leaves it out",
        "The sender or recipient named in the title is not in the importer's gazetteer, so document.yml leaves it out. Add it by hand.");

    public static readonly DiagnosticDescriptor NotXmlCharacter = new(
        "ED1541", Severity.Warning, "Character XML cannot hold removed", "the character U+{0:X4} was removed: XML 1.0 cannot hold it, so TEI could not",
        "The export holds a character that XML 1.0 does not allow (a control character other than tab and line breaks, such as NUL, U+0001 or ESC; U+FFFE, U+FFFF; half of a surrogate pair), usually debris of the PDF the text was taken from. The importer leaves it out of the sources it writes, so they build; check the place against the scan. Up to twenty are reported per export.");

    public static readonly DiagnosticDescriptor MoreNotXmlCharacters = new(
        "ED1542", Severity.Warning, "More characters XML cannot hold removed", "{0} more characters XML 1.0 cannot hold were removed from the export (the first {1} are reported one by one)",
        "The export holds more characters that XML 1.0 does not allow than are reported one by one: all are left out of the sources. So many usually mean the file is not the record's text export: check it.");

    public static readonly DiagnosticDescriptor NotAFile = new(
        "ED1543", Severity.Error, "Export is not a file", "the export is {0}, not a file: give the path of the record's text export",
        "The path given to `edition import wilson` names a directory, a device (such as /dev/zero), a named pipe (FIFO) or a socket. The importer reads regular files only, and checks before opening, so it never waits on a pipe or reads a device without end.");

    public static readonly DiagnosticDescriptor ExportTooLarge = new(
        "ED1544", Severity.Error, "Export too large", "the export holds more than {0} MB: the importer reads exports up to that size",
        "The export is larger than the importer's limit (64 MB, the largest source the build reads; a record's export is a few hundred KB). Export one record at a time.");

    public static readonly DiagnosticDescriptor FieldTooLong = new(
        "ED1545", Severity.Error, "Header field too long", "the header's {0} is {1:N0} characters long, more than the {2:N0} the importer takes (is a label such as 'Contents:' missing?)",
        "A field of the export's header (title, citation, summary…) is longer than any record's: a title holds at most 2,000 characters, a summary 100,000, other fields 10,000. Usually a label line is missing, so the text ran into the field; repair the export's header.");
}
