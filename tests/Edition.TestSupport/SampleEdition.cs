using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Model;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Xunit;

namespace Edition.TestSupport;

/// <summary>The sample edition loaded and encoded (fresh, for tests that alter it) or read once (shared view models).</summary>
public static class SampleEdition
{
    private static readonly Lazy<EditionView> ViewLazy = new(() =>
    {
        var (source, tei) = Encode();
        return EditionReader.Read(source.Info, tei);
    });

    public static EditionView View => ViewLazy.Value;

    public static (EditionSource Source, IReadOnlyList<EncodedDocument> Tei) Encode()
    {
        var bag = new DiagnosticBag();
        var source = SourceLoader.Load(RepoPaths.Sample, bag);
        Assert.NotNull(source);
        var tei = TeiEncoder.Encode(source, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return (source, tei);
    }
}
