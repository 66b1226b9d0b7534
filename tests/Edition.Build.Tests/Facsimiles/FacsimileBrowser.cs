using Edition.TestSupport;
using Microsoft.Playwright;

namespace Edition.Build.Tests.Facsimiles;

/// <summary>One headless Debian Chromium for the facsimile pane's tests (no browser download exists or is needed).</summary>
public sealed class FacsimileBrowser : IAsyncLifetime
{
    private static readonly string[] Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser, or a skip (a failure in CI) when Chromium is not installed.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        var chromium = ExternalTool.Require("chromium", "chromium");
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Args });
        return _browser;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
