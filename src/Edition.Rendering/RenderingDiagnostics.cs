using Edition.Core.Diagnostics;

namespace Edition.Rendering;

/// <summary>The findings of the Render stage: templates (ED500x), the HTML site (ED501x), figures (ED502x), TEI formulas (ED503x), what the site shows of TEI-in texts (ED504x) and the PDF (ED51xx).</summary>
public static class RenderingDiagnostics
{
    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "ED5001", Severity.Error, "Template not found", "template '{0}' not found in the edition's templates/ or the default theme",
        "A template the site or the print output needs is neither in the edition's templates/ folder nor in the default theme. Restore it, or copy it from the default theme.");

    public static readonly DiagnosticDescriptor TemplateSyntax = new(
        "ED5002", Severity.Error, "Template syntax error", "template syntax: {0}",
        "A Scriban template of the edition cannot be parsed; the message gives the parser's reason at the template's line.");

    public static readonly DiagnosticDescriptor TemplateError = new(
        "ED5003", Severity.Error, "Template runtime error", "template error: {0}",
        "A template failed while rendering (e.g. a member the model does not have); the message gives the place in the template.");

    public static readonly DiagnosticDescriptor InvalidLabels = new(
        "ED5010", Severity.Error, "Invalid labels file", "the labels file is not valid JSON: {0}",
        "A labels file of the HTML theme or of the edition (templates/html/labels/<lang>.json: the interface's words in one language) is not valid JSON.");

    public static readonly DiagnosticDescriptor NoBaseUrl = new(
        "ED5011", Severity.Warning, "No base_url", "no base_url in edition.yml: sitemap.xml and absolute citation URLs are left out of the site",
        "edition.yml has no base_url, so the site has no sitemap.xml and its citations no absolute URLs. Add the address the site is published at.");

    public static readonly DiagnosticDescriptor UnknownUiLanguage = new(
        "ED5012", Severity.Warning, "Interface language without labels", "ui_languages names '{0}', which has no labels file (templates/html/labels/{0}.json): it is left out; the languages with labels are {1}",
        "ui_languages in edition.yml names a language for which neither the default theme nor the edition's templates have a labels file; the site is not rendered in it. Pick one of the languages listed, or add the edition's own templates/html/labels/<lang>.json (see docs/site.md).");

    public static readonly DiagnosticDescriptor TexFormulaNotTypeset = new(
        "ED5030", Severity.Warning, "TeX formula printed as its source", "the print edition prints this TeX formula as its source, not typeset: {0}",
        "A TEI formula in TeX notation is typeset in the print edition only when it keeps to a safe subset of math (the math commands docs/print.md lists, plain characters, balanced braces); a formula from another project's file could otherwise read or write files or stop LaTeX. This one does not, so it is printed as its TeX source; the site still typesets it. Rewrite it with the listed commands, or leave it so.");
    public static readonly DiagnosticDescriptor ImageNotFound = new(
        "ED5020", Severity.Warning, "Image not found", "image '{0}' not found (looked for {1}): the site and the print edition show a placeholder with the caption",
        "A figure's graphic/@url names a file that is not there, relative to the TEI file's folder. Put the image there or correct the url; until then the page shows \"image not available\" and the caption.");

    public static readonly DiagnosticDescriptor ImageOutsideProject = new(
        "ED5021", Severity.Warning, "Image outside the project", "image '{0}' lies outside the project folder: it is not copied, and a placeholder stands for it",
        "A figure's graphic/@url leads out of the project (an absolute path, ../ past the project's folder, a link to elsewhere). An edition publishes its own files only: copy the image into the project and point the url at it.");

    public static readonly DiagnosticDescriptor ImageTypeNotShown = new(
        "ED5022", Severity.Warning, "Image type browsers do not show", "image '{0}' is not a PNG, JPEG, GIF, SVG or WebP file{1}: the site shows a placeholder",
        "The site shows images of the types every browser shows (PNG, JPEG, GIF, SVG, WebP), checked by the file's extension and first bytes. Convert the image (a TIFF scan to PNG or JPEG), or correct a wrong extension.");

    public static readonly DiagnosticDescriptor ImageUrlRefused = new(
        "ED5023", Severity.Warning, "Image address refused", "image address '{0}' is neither a file in the project nor an http or https URL: it is not shown",
        "A figure's graphic/@url is a URL of another scheme (javascript:, data:, file:, ftp:…) or a protocol-relative //host path. Pages load images from the edition's own files or from http(s) addresses only.");

    public static readonly DiagnosticDescriptor ImageNotPrintable = new(
        "ED5024", Severity.Info, "Image not printable", "image '{0}' is {1}, which xelatex cannot include: the print edition shows a framed placeholder with the caption",
        "The print edition includes PNG, JPEG and PDF images; an SVG, GIF or WebP image is shown on the site only. For print, add a PNG or PDF version and point the url at it.");

    public static readonly DiagnosticDescriptor ElementsRenderedGenerically = new(
        "ED5040", Severity.Info, "TEI-in elements rendered generically or left out", "{0}",
        "Once per build, what the TEI-in documents' texts hold that no rule of Edition's reader knows: each element name with how often it occurs (in how many files) and where first. **Rendered generically**: the element's text is on the page and in the PDF, in a span or block named after the element (class `tei-NAME`, `b-NAME` or `t-NAME`), styled by nothing unless the edition's templates style it. **Left out**: index entries (kept in the page, hidden), milestones and column breaks, and anything the reader does not reach (say, a reading group inside an apparatus entry): its text is not shown. Nothing to fix in the TEI: style a generic element in the edition's `templates/html/assets/site.css` if it matters; report an element left out whose text should be shown.");

    public static readonly DiagnosticDescriptor TexNotInstalled = new(
        "ED5101", Severity.Warning, "TeX not installed", "TeX is not installed, so {0} was not built (the .tex was written); install: apt-get install --no-install-recommends {1}",
        "latexmk was not found, so the PDF is not built (the .tex is). The message names the Debian packages to install; `--no-pdf` skips the compile.");

    public static readonly DiagnosticDescriptor LatexError = new(
        "ED5102", Severity.Error, "LaTeX error", "LaTeX: {0}{1}",
        "LaTeX stopped with an error at the .tex (or .sty) line its log names; the message quotes the log.");

    public static readonly DiagnosticDescriptor LatexmkFailed = new(
        "ED5103", Severity.Error, "latexmk failed", "latexmk failed (exit code {0}): {1}",
        "latexmk failed and its log names no line; the message ends with the log's last lines.");

    public static readonly DiagnosticDescriptor DocumentPrintedPlainly = new(
        "ED5104", Severity.Warning, "Document printed plainly", "document '{0}' is printed plainly in the PDF (no line numbers, facing pages or apparatus layout): LaTeX stopped in it: {1}",
        "LaTeX stopped while typesetting this document, so the PDF has it as plain paragraphs, its notes and apparatus entries as footnotes; the rest of the edition is typeset as usual. The position is the source line holding the words LaTeX stopped at, where they could be found (else the file). Look there for what reledmac cannot typeset (the message quotes LaTeX's log), and report it if the TEI is valid: the document prints in full again once that is fixed.");

    public static readonly DiagnosticDescriptor DocumentLeftOutOfPrint = new(
        "ED5105", Severity.Error, "Document left out of the PDF", "document '{0}' could not be typeset, even plainly, and is left out of the PDF: {1}",
        "LaTeX stopped in this document's plain fallback too (after stopping in its usual layout), so the PDF cannot hold it, and the build fails rather than lose it without a word. The message quotes LaTeX's log; `--no-pdf` builds everything else meanwhile.");

    public static readonly DiagnosticDescriptor ScriptFontMissing = new(
        "ED5106", Severity.Warning, "No font for a script", "document '{0}' has {1} text, but the system has no {1} font ({2}): the PDF would print its letters as missing glyphs; install: apt-get install {3}",
        "The print edition sets each script the main font lacks (Arabic, Hebrew, Han, kana, Hangul) in a font of its own, which fontconfig does not find here, so XeLaTeX would print that text as empty boxes. Install the package the message names and build again.");

    public static readonly DiagnosticDescriptor MissingPluralForm = new(
        "ED5107", Severity.Warning, "Plural label without a form", "the label '{0}' has no form for the plural categories {1} of '{2}': counts of those categories take its 'other' form",
        "A label that states a count gives one text per CLDR plural category of its language (Russian: one, few, many, other; Arabic: zero, one, two, few, many, other). This one lacks some, so those counts read in the 'other' form. Add the forms named.");

    public static readonly DiagnosticDescriptor WrongLabel = new(
        "ED5108", Severity.Error, "Label of the wrong shape", "the label '{0}' must be {1}",
        "A labels file (templates/html/labels/<lang>.json) holds an object whose every value is a text, or, for a label stating a count, an object of texts keyed by the language's CLDR plural categories.");

    public static readonly DiagnosticDescriptor MissingGlyphs = new(
        "ED5110", Severity.Warning, "Characters the PDF lacks", "document '{0}' prints blanks in the PDF for {1}: its font has no glyph for them ({2})",
        "XeLaTeX found characters of this document in no glyph of the font they are set in (its log's \"Missing character\" lines), so the PDF has nothing where they stand. The position is the first line of the document's source holding one. Set them in a font that has them (a font family and a macro in the edition's own `templates/latex/`, see print.md), or write the text in characters the fonts have.");

    public static readonly DiagnosticDescriptor MissingGlyphsOutsideDocuments = new(
        "ED5111", Severity.Warning, "Characters the PDF lacks outside the documents", "the PDF prints blanks for {0} in the edition's own pages (title page, front matter or indexes): its font has no glyph for them ({1})",
        "XeLaTeX found characters of the edition's own pages (the title page, introduction, principles, lists, indexes: from edition.yml, the Markdown beside it, persons.yml and places.yml) in no glyph of the font they are set in, so the PDF has nothing where they stand. The position is the first line of print/edition.tex holding one. Set them in a font that has them (the edition's own `templates/latex/`), or write them in characters the fonts have.");

    public static readonly DiagnosticDescriptor PageImagesNotPrinted = new(
        "ED5131", Severity.Warning, "Page images from the web are not printed", "{0} page image(s) of '{1}' are not printed: they are shown from the web ({2}), and the build fetches nothing",
        "edition.yml asks for page images in print ('print: {facsimiles: plates}'), but these pages' images are a IIIF service or an image URL: the site shows them from there, and the build, which fetches nothing, has no file to print. Their plates are left out. To print them, put the image files in the document's folder and name them with 'image:'.");
}
