using Edition.Rendering.Tests.Html;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>The invented test edition of TeX and MathML formulas and XML examples (Formulas/project/), read and its site rendered once.</summary>
internal static class FormulaEdition
{
    public const string Page = "site/documents/formulas.html";

    public static string Project => Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Formulas", "project");

    public static string TeiFile => Path.Combine(Project, "documents", "formulas.xml");

    private static readonly Lazy<(EditionView View, IReadOnlyList<EncodedDocument> Tei)> ReadLazy = new(() => ProjectReader.Read(Project));

    public static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Project));

    public static EditionView View => ReadLazy.Value.View;

    public static IReadOnlyList<EncodedDocument> Tei => ReadLazy.Value.Tei;

    /// <summary>The line of the TEI file that holds a text.</summary>
    public static int LineOf(string text) => Array.FindIndex(File.ReadAllLines(TeiFile), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
