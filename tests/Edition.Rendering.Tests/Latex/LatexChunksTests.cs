using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>A table leaving the numbered text leaves nothing reledmac stops at: no empty chunk, no section without one, no pause not resumed.</summary>
public sealed class LatexChunksTests
{
    [Theory]
    [InlineData("\\beginnumbering\n\\pstart\nA\n\\pend\\pausenumbering\nT\n\\resumenumbering\\pstart\nB\n\\pend\n\\endnumbering", "\\beginnumbering\n\\pstart\nA\n\\pend\\pausenumbering\nT\n\\resumenumbering\\pstart\nB\n\\pend\n\\endnumbering")]
    [InlineData("\\beginnumbering\n\\pstart\nA\n\\pend\\pausenumbering\nT\n\\resumenumbering\\pstart%\n\\pend\n\\endnumbering", "\\beginnumbering\n\\pstart\nA\n\\pend\\endnumbering\nT\n")]
    [InlineData("\\beginnumbering\n\\pstart\\pend\\pausenumbering\nT\n\\resumenumbering\\pstart\nB\n\\pend\n\\endnumbering", "\nT\n\\beginnumbering\\pstart\nB\n\\pend\n\\endnumbering")]
    [InlineData("\\beginnumbering\n\\pstart\\pend\\pausenumbering\nT\n\\resumenumbering\\pstart%\n\\pend\n\\endnumbering", "\nT\n")]
    [InlineData("\\pstart\\edfoliomargin{3r}%\n\\pend", "\\pstart\\edfoliomargin{3r}\\edemptychunk\\pend")]
    public void TidiesWhatATableLeavesBehind(string latex, string expected) => Assert.Equal(expected, LatexChunks.Tidy(latex));
}
