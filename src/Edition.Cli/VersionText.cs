using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Text.RegularExpressions;
using Edition.Build.Validation;

namespace Edition.Cli;

/// <summary><c>edition --version</c>: the tool's version and the TEI P5 release of the tei_all it ships.</summary>
public sealed partial class VersionText : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var version = typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
        parseResult.InvocationConfiguration.Output.WriteLine($"edition {version}");
        parseResult.InvocationConfiguration.Output.WriteLine($"tei_all: {TeiRelease(GateSetup.ShippedTeiAll)} (shipped; TEI Consortium, CC-BY 3.0 / BSD-2-Clause)");
        return ExitCode.Success;
    }

    /// <summary>The release named in the schema's opening comment ("TEI Edition: P5 Version 4.12.0").</summary>
    public static string TeiRelease(string schema)
    {
        if (!File.Exists(schema))
        {
            return "not installed";
        }

        using var reader = new StreamReader(schema);
        var head = new char[4096];
        var read = reader.ReadBlock(head);
        return Release().Match(new string(head, 0, read)) is { Success: true } m ? "TEI P5 " + m.Groups[1].Value : "TEI P5 (release not stated)";
    }

    [GeneratedRegex(@"P5\s+Version\s+([0-9][0-9A-Za-z\-]*(?:\.[0-9A-Za-z\-]+)*)")]
    private static partial Regex Release();
}
