using Edition.Core.Diagnostics;

namespace Edition.Rendering;

/// <summary>The findings of the Render stage: templates (ED500x), the HTML site (ED501x), what the site shows of TEI-in texts (ED504x) and the PDF (ED51xx).</summary>
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
}
