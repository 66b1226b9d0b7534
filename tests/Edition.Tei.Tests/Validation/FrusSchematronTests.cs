using System.Globalization;
using System.Text;
using Edition.Core.Diagnostics;
using Edition.Tei.Validation;
using Edition.Tei.Validation.Schematron;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// FRUS's own Schematron (frus.sch with its four extended files) over the three FRUS volumes: it must run to
/// completion, and what it reports (counts by rule, and the constructs the engine cannot run) is recorded in a
/// golden file so any change in the engine shows up as a reviewed diff.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FrusSchematronTests
{
    private static readonly Lazy<SchematronSchema> Schema = new(() => SchematronSchema.Load(Path.Combine(RepoPaths.Shared, "corpus", "frus-schema", "frus.sch")));

    [SkippableTheory]
    [InlineData("frus1894Nicaragua")]
    [InlineData("frus1872p2v5")]
    [InlineData("frus1930v01")]
    public void RunsToCompletionAndRecordsFindings(string volume)
    {
        var path = Path.Combine(RepoPaths.Shared, "corpus", "frus", volume + ".xml");
        var instance = TeiInstance.Load(path);
        var findings = Schema.Value.Validate(instance.Document);

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"# {volume}: {findings.Count} finding(s)\n");
        foreach (var group in findings.GroupBy(f => (f.Code, f.Severity, f.RuleKey, f.RuleContext)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.RuleKey, StringComparer.Ordinal))
        {
            var sample = group.First();
            // Paths are made machine-independent before truncation, so the cut falls at the same character everywhere.
            var fullMessage = sample.Message.Replace(RepoPaths.Shared, "shared", StringComparison.Ordinal);
            var message = fullMessage.Length > 160 ? fullMessage[..157] + "..." : fullMessage;
            report.Append(CultureInfo.InvariantCulture, $"{group.Count(),6} {group.Key.Severity.ToString().ToLowerInvariant()} {group.Key.Code} {group.Key.RuleKey} [{group.Key.RuleContext}]\n       first at {instance.TeiSpan(sample.Node).Line}: {message}\n");
        }

        GoldenFile.AssertText($"tests/Edition.Tei.Tests/Validation/Frus/{volume}.txt", report.ToString().Replace(RepoPaths.Shared, "shared", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Code == ValidationDiagnostics.EvaluationFailed.Id && f.Message.Contains("could not be evaluated on 0", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void ReportsWhatTheEngineCannotRun()
    {
        var schema = Schema.Value;
        var (total, runnable) = schema.CheckCount;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# frus.sch: {runnable} of {total} checks runnable\n");
        var shared = RepoPaths.Shared;
        foreach (var problem in schema.Problems)
        {
            text.Append(problem.ToString().Replace(shared, "shared", StringComparison.Ordinal)).Append('\n');
        }

        GoldenFile.AssertText("tests/Edition.Tei.Tests/Validation/Frus/engine-gaps.txt", text.ToString());
        Assert.True(runnable > total / 2, $"only {runnable} of {total} FRUS checks can run");
        Assert.DoesNotContain(schema.Problems, p => p.Code == ValidationDiagnostics.SchemaUnreadable.Id);
        Assert.All(schema.Problems, p => Assert.NotEqual(Severity.Error, p.Severity));
    }
}
