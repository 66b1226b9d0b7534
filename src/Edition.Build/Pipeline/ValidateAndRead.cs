using System.Runtime.ExceptionServices;
using Edition.Build.Validation;
using Edition.Core.Source.Model;
using Edition.Tei.Reading;
using Edition.Tei.Validation;

namespace Edition.Build.Pipeline;

/// <summary>
/// Step 4: every TEI file validated (integrity, RELAX NG, Schematron, as the plan's policy says) and read into its
/// views. One step per file, on every core: validated and read while its tree exists, then the tree (and a TEI-in
/// file's bytes and text) let go, so a corpus's trees, bytes and texts never all exist at once. The checks across files follow.
/// </summary>
internal static class ValidateAndRead
{
    public static bool Run(BuildContext build)
    {
        var validation = StartValidation(build);
        build.Progress(Announcement(build, validation is not null));
        var readings = new TeiFileReading?[build.Tei.Count];
        build.SpilledViews = build.Plan.ViewsOnDisk ? new SpilledDocumentViews() : null;
        var readFailure = EachFile(build, validation, readings);
        if (validation is not null && !CompleteValidation(build, validation))
        {
            return false;
        }

        // TEI the reader could not take, though it passed validation: a defect of Edition, not of the edition.
        readFailure?.Throw();
        ReadingReports.Report(build, readings);
        build.Readings = readings.OfType<TeiFileReading>().ToList();
        return true;
    }

    private static ValidationRun? StartValidation(BuildContext build)
    {
        var plan = build.Plan;
        if (plan.Validation == ValidationPolicy.Off)
        {
            return null;
        }

        var source = build.Source with { Info = build.Source.Info with { Validation = plan.Validation } };
        var schemaCache = plan.Cache == CacheMode.Edition ? build.Cache?.SchemasDirectory : null;
        return ValidationGate.Start(build.Tei, source, GateSetup.Options(build.Options, schemaCache) with { Include = plan.Part }, build.Cache?.Validation);
    }

    private static string Announcement(BuildContext build, bool validating)
    {
        var count = build.Tei.Count;
        return !validating ? $"Reading {count} TEI file(s)"
            : build.Plan.Shard is { } s ? $"Validating and reading {count} TEI file(s) for shard {s}: integrity and reading across all, RELAX NG and Schematron on this shard's part"
            : build.Plan.ValidateOnly ? $"Validating {count} TEI file(s) (integrity, RELAX NG, Schematron)"
            : $"Validating (integrity, RELAX NG, Schematron) and reading {count} TEI file(s)";
    }

    /// <summary>Validates and reads each file on every core; a reader's failure is kept for after the findings, which may explain it.</summary>
    private static ExceptionDispatchInfo? EachFile(BuildContext build, ValidationRun? validation, TeiFileReading?[] readings)
    {
        var tei = build.Tei;
        var parsed = 0;
        ExceptionDispatchInfo? readFailure = null;
        var step = new StepProgress(build.Progress, tei.Count, "TEI file(s) done");
        Parallel.For(0, tei.Count, i =>
        {
            validation?.File(i);
            try
            {
                var reading = build.Plan.ValidateOnly ? null : EditionReader.ReadFile(tei[i], build.Cache?.Reading);
                // Its documents' whole views to disk as soon as read (the cache has them already): the readings keep summaries.
                readings[i] = reading is not null && build.SpilledViews is { } spilled ? spilled.Hold(reading) : reading;
            }
            catch (Exception e) when (validation is not null)
            {
                readFailure ??= ExceptionDispatchInfo.Capture(e);
            }

            if (tei[i].IsPassThrough && tei[i].IsParsed)
            {
                Interlocked.Increment(ref parsed);
            }

            // The tree, and a TEI-in file's bytes and text (RELAX NG reads the text: twice the bytes), go with the
            // file: what later steps ask for again is read again from the file, which must hash as before.
            tei[i].ReleaseTree();
            tei[i].ReleaseBytes();
            step.Done();
        });

        build.TeiInFilesParsed = parsed;
        return readFailure;
    }

    private static bool CompleteValidation(BuildContext build, ValidationRun validation)
    {
        validation.Complete(build.Diagnostics);
        if (build.Cache is { } cache)
        {
            build.Progress($"validated {cache.Validation.Misses} of {cache.Validation.Hits + cache.Validation.Misses} TEI file(s) against schemas and rules, reused the rest's findings from the build cache; integrity checked across all");
        }

        return !build.HasErrors;
    }
}
