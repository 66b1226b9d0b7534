using System.Xml;
using System.Xml.Xsl;
using Edition.Core.Xml;

namespace Edition.Benchmarks.Corpus;

/// <summary>
/// The in-process floors and baselines the build is compared with: a raw <see cref="XmlReader"/> pass over
/// the same bytes (nothing can be faster and still read the XML) and <see cref="XslCompiledTransform"/>
/// running baseline/tei-to-html.xsl. Inputs are read into memory first, so disk is out of the timings.
/// </summary>
public static class CorpusBaselines
{
    /// <summary>Reads every node of every file; returns the node count so the JIT cannot drop the loop.</summary>
    public static long RawParse(IReadOnlyList<byte[]> files)
    {
        long nodes = 0;
        foreach (var bytes in files)
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), SafeXml.ReaderSettings(tolerateDoctype: true));
            while (reader.Read())
            {
                nodes++;
            }
        }

        return nodes;
    }

    /// <summary>The schema's verdict on one file's bytes (its error count, so the work is not optimized away).</summary>
    public static long Validate(Edition.RelaxNg.RelaxNgSchema schema, byte[] document, string fileName)
    {
        using var reader = XmlReader.Create(new MemoryStream(document), SafeXml.ReaderSettings(tolerateDoctype: true));
        return schema.Validate(reader, fileName).Errors.Count;
    }

    /// <summary>Every file under a folder, by path relative to it, with its bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> ReadTree(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(folder, f), File.ReadAllBytes(f))).ToList();

    /// <summary>Those files written under a new folder on every core, as a build's output stage writes them.</summary>
    public static long WriteTree(IReadOnlyList<(string Path, byte[] Bytes)> files, string folder)
    {
        foreach (var directory in files.Select(f => Path.GetDirectoryName(Path.Combine(folder, f.Path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(directory);
        }

        Parallel.ForEach(files, f => File.WriteAllBytes(Path.Combine(folder, f.Path), f.Bytes));
        return files.Count;
    }

    public static XslCompiledTransform Compile(string stylesheet)
    {
        var xslt = new XslCompiledTransform();
        using var reader = XmlReader.Create(stylesheet, SafeXml.ReaderSettings());
        xslt.Load(reader, new XsltSettings(enableDocumentFunction: false, enableScript: false), null);
        return xslt;
    }

    /// <summary>Parses each file and transforms it; returns the bytes of HTML written.</summary>
    public static long Transform(XslCompiledTransform xslt, IReadOnlyList<byte[]> files)
    {
        long written = 0;
        foreach (var bytes in files)
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), SafeXml.ReaderSettings(tolerateDoctype: true));
            using var output = new MemoryStream();
            xslt.Transform(reader, null, output);
            written += output.Length;
        }

        return written;
    }
}
