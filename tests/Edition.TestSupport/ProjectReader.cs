using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Model;
using Edition.Tei.Encoding;
using Edition.Tei.Reading;
using Edition.Tei.Reading.Views;
using Xunit;

namespace Edition.TestSupport;

/// <summary>An edition project's first stages as a build runs them (load, encode, read), failing the test on any error.</summary>
public static class ProjectReader
{
    public static (EditionSource Source, IReadOnlyList<EncodedDocument> Tei) Encode(string project)
    {
        var bag = new DiagnosticBag();
        var source = SourceLoader.Load(project, bag);
        Assert.True(source is not null && !bag.HasErrors, string.Join('\n', bag.Sorted()));
        var tei = TeiEncoder.Encode(source, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return (source, tei);
    }

    public static (EditionView View, IReadOnlyList<EncodedDocument> Tei) Read(string project)
    {
        var (source, tei) = Encode(project);
        return (EditionReader.Read(source.Info, tei, conventions: source.Conventions), tei);
    }
}
