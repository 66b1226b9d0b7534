using Edition.Core.Diagnostics;

namespace Edition.Rendering;

/// <summary>The findings of the Render stage: templates (ED500x), the HTML site (ED501x) and the PDF (ED51xx).</summary>
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
        "ED5010", Severity.Error, "Invalid labels.json", "labels.json is not valid JSON: {0}",
        "The HTML theme's labels.json (the interface's words in each language) is not valid JSON.");

    public static readonly DiagnosticDescriptor NoBaseUrl = new(
        "ED5011", Severity.Warning, "No base_url", "no base_url in edition.yml: sitemap.xml and absolute citation URLs are left out of the site",
        "edition.yml has no base_url, so the site has no sitemap.xml and its citations no absolute URLs. Add the address the site is published at.");

    public static readonly DiagnosticDescriptor UnknownUiLanguage = new(
        "ED5012", Severity.Warning, "Interface language without labels", "ui_languages names '{0}', for which the templates' labels.json has no labels: it is left out",
        "ui_languages in edition.yml names a language for which the templates' labels.json has no labels; the site is not rendered in it. Add its labels or remove it.");

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
}
