using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Validation;

namespace Edition.Tei.Tests.Validation;

public sealed class TeiInstanceTests : IDisposable
{
    // Where each element's name starts: TEI (1,2), text (2,3), p (3,4) holding hi (3,11), p (4,4).
    private const string Xml = "<TEI>\n <text>\n  <p>one <hi>two</hi> three</p>\n  <p>four</p>\n </text>\n</TEI>\n";

    private readonly string _file = Path.Combine(Path.GetTempPath(), "edition-instance-" + Guid.NewGuid().ToString("N") + ".xml");

    public TeiInstanceTests() => File.WriteAllText(_file, Xml);

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData(1, 2, "TEI")]
    [InlineData(2, 2, "TEI")]
    [InlineData(2, 3, "text")]
    [InlineData(3, 3, "text")]
    [InlineData(3, 4, "p")]
    [InlineData(3, 11, "hi")]
    [InlineData(3, 30, "hi")]
    [InlineData(4, 5, "p")]
    [InlineData(9, 1, "p")]
    public void AFindingsPlaceIsTheInnermostElementStartedBeforeIt(int line, int column, string name)
    {
        var instance = TeiInstance.Load(_file);
        var element = instance.ElementAt(line, column);
        Assert.Equal(name, element?.Name.LocalName);
        Assert.Same(LinearElementAt(instance.Document, line, column), element);
    }

    [Fact]
    public void NothingStartsBeforeTheRoot()
    {
        Assert.Null(TeiInstance.Load(_file).ElementAt(1, 1));
    }

    /// <summary>The definition: the last element in document order before the first that starts after the place.</summary>
    private static XElement? LinearElementAt(XDocument document, int line, int column)
    {
        XElement? best = null;
        foreach (var e in document.Descendants())
        {
            var info = (IXmlLineInfo)e;
            if (info.LineNumber > line || (info.LineNumber == line && info.LinePosition > column))
            {
                break;
            }

            best = e;
        }

        return best;
    }
}
