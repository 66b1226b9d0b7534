using Edition.Rendering.Tests.Html;
using Microsoft.Playwright;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>In Chromium, KaTeX typesets the TeX formulas and MathML is laid out: both take room on the page; without JavaScript the TeX source shows.</summary>
[Trait("Speed", "Slow")]
public sealed class FormulaBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(bool javaScript = true)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(FormulaEdition.Site.Value.Directory, FormulaEdition.Page)).AbsoluteUri);
        return page;
    }

    private static async Task AssertHasSizeAsync(ILocator element)
    {
        await Assertions.Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.True(box is { Width: > 0, Height: > 0 }, $"no size: {box?.Width}×{box?.Height}");
    }

    [SkippableFact]
    public async Task KatexTypesetsTexFormulasAndMathMlHasSize()
    {
        var page = await OpenAsync();
        await AssertHasSizeAsync(page.Locator("#p-inline .math-tex .katex").First);
        await AssertHasSizeAsync(page.Locator("#f-display .katex-display").First);
        Assert.Equal(0, await page.Locator("#p-inline .katex-error").CountAsync());
        await AssertHasSizeAsync(page.Locator("#p-mathml math").First);

        // KaTeX typesets the hostile formula as math it knows (or its error), never running it.
        await Assertions.Expect(page.Locator("#p-hostile .math-tex")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("typeset"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task WithoutJavaScriptTheTexSourceShows()
    {
        var page = await OpenAsync(javaScript: false);
        await Assertions.Expect(page.Locator("#p-inline .math-tex")).ToHaveTextAsync(@"\frac{24}{x}");
        await AssertHasSizeAsync(page.Locator("#p-mathml math").First);
        await page.Context.CloseAsync();
    }
}
