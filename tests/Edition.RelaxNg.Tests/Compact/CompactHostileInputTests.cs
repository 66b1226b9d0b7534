using System.Text;

namespace Edition.RelaxNg.Tests.Compact;

/// <summary>Hostile compact-syntax schemas: a clear error, never a stack overflow, a hang or memory exhausted.</summary>
public sealed class CompactHostileInputTests : IDisposable
{
    private readonly CompactSchemas _schemas = new();

    [Theory]
    [InlineData("", "element a { ", "text", " }", "")]
    [InlineData("", "(", "text", ")", "")]
    [InlineData("", "list { ", "text", " }", "")]
    [InlineData("", "grammar { start = ", "text", " }", "")]
    [InlineData("element ", "(", "a", ")", " { empty }")]
    [InlineData("namespace x = \"urn:x\"\nelement a { [ ", "x:a [ ", "", " ]", " ] empty }")]
    public void DeepNestingIsAnErrorNotACrash(string before, string open, string middle, string close, string after)
    {
        const int depth = 100_000;
        var rnc = before + Repeat(open, depth) + middle + Repeat(close, depth) + after;
        var error = _schemas.Error(rnc);
        Assert.Equal(RelaxNgErrorCodes.CompactTooDeep, error.Code);
        Assert.Contains("deeper than 500 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingWithinTheLimitIsRead()
    {
        const int depth = 200;
        var rnc = Repeat("element a { ", depth) + "empty" + Repeat(" }", depth);
        var xml = Repeat("<a>", depth) + Repeat("</a>", depth);
        Assert.True(CompactSchemas.IsValid(_schemas.Load(rnc), xml));
    }

    [Trait("Speed", "Slow")]
    [SkippableFact]
    public void EndlessIncludeIsCutAtTheSizeLimit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        var error = _schemas.Error("include \"/dev/zero\"");
        Assert.Equal(RelaxNgErrorCodes.SchemaUnreadable, error.Code);
        Assert.Contains("more than 64 M characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeLeadingAnnotationIsReadInLinearTime()
    {
        var annotation = "namespace x = \"urn:x\"\n[ " + Repeat("x:e [ \"t\" ] ", 200_000) + "]\nstart = element a { empty }";
        Assert.True(CompactSchemas.IsValid(_schemas.Load(annotation), "<a/>"));
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogatesAreErrors()
    {
        Assert.Equal(RelaxNgErrorCodes.CompactSyntax, _schemas.Error("element a { \"\u0001\" }").Code);
        var e = Assert.Throws<Edition.RelaxNg.Parsing.Compact.CompactSyntaxException>(() => CompactSchemas.Translate("element a { \"\ud800\" }"));
        Assert.Equal(RelaxNgErrorCodes.CompactSyntax, e.Code);
    }

    [Fact]
    public void IncludeLoopBetweenCompactFilesIsAnError()
    {
        var error = _schemas.Error("include \"b.rnc\"\nstart = element a { empty }", ("b.rnc", "include \"schema.rnc\""));
        Assert.Equal(RelaxNgErrorCodes.IncludeLoop, error.Code);
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    public void Dispose() => _schemas.Dispose();
}
