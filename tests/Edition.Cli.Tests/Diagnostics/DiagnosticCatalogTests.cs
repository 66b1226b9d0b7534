using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.TestSupport;

namespace Edition.Cli.Tests.Diagnostics;

/// <summary>The catalogue of diagnostics: complete, unique, in step with edition.sch, and written out as docs/diagnostics.md.</summary>
public sealed partial class DiagnosticCatalogTests
{
    private const string ReferencePath = "docs/diagnostics.md";

    [Fact]
    public void CodesAreUnique()
    {
        var twice = DiagnosticCatalog.All.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }

    [Fact]
    public void EveryDescriptorIsComplete()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            Assert.Matches(CodePattern(), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Help), d.Id);
            d.Format(Enumerable.Repeat<object?>("x", 5).ToArray()); // a malformed format string throws here
        }
    }

    [Fact]
    public void SchematronIdsOfEditionSchAreTheCatalogues()
    {
        var inSchema = SchemaIdPattern().Matches(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "edition.sch"))).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var inCatalogue = DiagnosticCatalog.Entries.Where(e => e.Member.StartsWith("SchematronDiagnostics.", StringComparison.Ordinal)).Select(e => e.Descriptor.Id);
        Assert.Equal(inSchema, inCatalogue);
    }

    [Fact]
    public void SourcesReportThroughTheCatalogueNotLiterals()
    {
        // The catalogues hold the codes; the two builder files are being restructured elsewhere and switch over then.
        var src = Path.Combine(RepoPaths.Root, "src");
        var literals = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("Diagnostics.cs", StringComparison.Ordinal) && !f.EndsWith("RelaxNgErrorCodes.cs", StringComparison.Ordinal))
            .Where(f => CodeLiteralPattern().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f));
        Assert.Empty(literals);
    }

    [Fact]
    public void ReferenceIsGeneratedFromTheCatalogue() => GoldenFile.AssertText(ReferencePath, Reference());

    /// <summary>The text of docs/diagnostics.md.</summary>
    public static string Reference()
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics\n\n");
        text.Append("<!-- Generated from the diagnostic catalogues (Edition.Cli.DiagnosticCatalog) by DiagnosticCatalogTests: do not edit;\n");
        text.Append("     EDITION_UPDATE_GOLDEN=1 dotnet test tests/Edition.Cli.Tests --filter DiagnosticCatalog rewrites it. -->\n\n");
        text.Append("Every finding is reported where the author can fix it, with its code, in the compiler form\n");
        text.Append("`file(line,col): severity CODE: message`. The severity given here is the default: `validation: warn` turns\n");
        text.Append("validation errors into warnings, and a Schematron rule's role or flag sets its own.\n\n");
        text.Append("| Code | Severity | Title |\n| --- | --- | --- |\n");
        foreach (var d in DiagnosticCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{d.Id}](#{d.DocsAnchor}) | {SeverityName(d)} | {d.Title} |\n");
        }

        foreach (var d in DiagnosticCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n<a id=\"{d.DocsAnchor}\"></a>\n\n## {d.Id}: {d.Title}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Severity: {SeverityName(d)}.");
            if (d.MessageFormat != "{0}")
            {
                text.Append(CultureInfo.InvariantCulture, $" Message: `` {d.Format(Placeholders)} ``");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n\n{d.Help}\n");
        }

        return text.ToString();
    }

    // The message with "…" where the reporting site puts a value.
    private static readonly object?[] Placeholders = Enumerable.Repeat<object?>("…", 5).ToArray();

    private static string SeverityName(DiagnosticDescriptor d) => d.DefaultSeverity.ToString().ToLowerInvariant();

    [GeneratedRegex(@"^ED[1-6][0-9]{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"""ED[0-9]{4}""")]
    private static partial Regex CodeLiteralPattern();

    [GeneratedRegex(@"\bid=""(ED[0-9]{4})""")]
    private static partial Regex SchemaIdPattern();
}
