using Edition.Tei.Encoding;

namespace Edition.Build.Pipeline;

/// <summary>Step 3: every document as TEI (Edition's own documents encoded, TEI-in files taken as they are).</summary>
internal static class EncodeTei
{
    public static bool Run(BuildContext build)
    {
        build.Progress($"Encoding {build.Source.Documents.Count} document(s) as TEI");
        // No TEI-in file is parsed here: each is parsed by the step that first needs its tree, if any (a file an
        // earlier build read, by its bytes, is known well-formed; others are read through to check).
        var cache = build.Cache;
        build.Tei = TeiEncoder.Encode(build.Source, build.Diagnostics, cache is null ? (_, _) => false : cache.Reading.Holds);
        return !build.HasErrors;
    }
}
