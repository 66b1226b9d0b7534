using Edition.Core.Source.Model;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;

namespace Edition.TestSupport;

/// <summary>The sample edition loaded and encoded (fresh, for tests that alter it) or read once (shared view models).</summary>
public static class SampleEdition
{
    private static readonly Lazy<EditionView> ViewLazy = new(() =>
    {
        var (source, tei) = Encode();
        return EditionReader.Read(source.Info, tei, conventions: source.Conventions);
    });

    public static EditionView View => ViewLazy.Value;

    public static (EditionSource Source, IReadOnlyList<EncodedDocument> Tei) Encode() => ProjectReader.Encode(RepoPaths.Sample);
}
