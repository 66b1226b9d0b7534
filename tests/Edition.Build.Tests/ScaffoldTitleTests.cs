using Edition.Build.Scaffold;
using Edition.Core.Diagnostics;
using Edition.Core.Source;

namespace Edition.Build.Tests;

/// <summary><c>edition new --title</c> writes any title so that edition.yml reads it back as it was given.</summary>
public sealed class ScaffoldTitleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-scaffold-").FullName;

    [Theory]
    [InlineData(@"C:\temp")]
    [InlineData(@"Briefe \i und ""Zitate""")]
    [InlineData("Tab\tand ~ and: colon")]
    public void TheTitleReadsBackAsGiven(string title)
    {
        var folder = Path.Combine(_root, "e");
        Assert.Null(EditionScaffold.Create(folder, title).Error);

        var bag = new DiagnosticBag();
        var source = SourceLoader.Load(folder, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        Assert.Equal(title, source!.Info.Title);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
