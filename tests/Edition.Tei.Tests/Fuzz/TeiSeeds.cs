using System.Xml.Linq;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Fuzz;

/// <summary>
/// TEI to fuzz the reader from: the sample's golden TEI, the invalid validation cases and, when <c>../shared/</c> is
/// there, small foreign TEI files and a FRUS volume cut to its first documents and a few entries of each list.
/// </summary>
internal static class TeiSeeds
{
    private const int MaxSeedBytes = 16 * 1024;

    public static IReadOnlyList<byte[]> All()
    {
        var local = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Golden"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Validation", "Invalid"), "*.xml", SearchOption.AllDirectories));
        var shared = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus"));
        var foreign = Directory.Exists(shared)
            ? Directory.GetFiles(Path.Combine(shared, "foreign-tei"), "*.xml", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length <= MaxSeedBytes)
            : [];
        var seeds = local.Concat(foreign).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var frus = Path.Combine(shared, "frus", "frus1894Nicaragua.xml");
        if (File.Exists(frus))
        {
            seeds.Add(System.Text.Encoding.UTF8.GetBytes(Cut(XDocument.Load(frus, LoadOptions.PreserveWhitespace)).ToString(SaveOptions.DisableFormatting)));
        }

        return seeds;
    }

    /// <summary>A volume cut small: its first two documents, and the first three items of each list.</summary>
    private static XDocument Cut(XDocument volume)
    {
        foreach (var div in volume.Descendants().Where(e => e.Name.LocalName == "div" && (string?)e.Attribute("type") == "document").Skip(2).ToList())
        {
            div.Remove();
        }

        foreach (var list in volume.Descendants().Where(e => e.Name.LocalName == "list").ToList())
        {
            foreach (var item in list.Elements().Where(e => e.Name.LocalName == "item").Skip(3).ToList())
            {
                item.Remove();
            }
        }

        return volume;
    }
}
