using System.Collections.Concurrent;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Tei.Encoding;
using Edition.Tei.Validation.Integrity;
using Edition.Tei.Validation.Schematron;

namespace Edition.Tei.Validation;

/// <summary>
/// One validation of an edition's TEI set, file by file and then across files. Each file's step needs its tree
/// only while it runs (a corpus's trees need not all exist at once) and keeps only what the cross-file checks
/// read: the file's integrity facts. From <see cref="ValidationGate.Start"/>.
/// </summary>
public sealed class ValidationRun
{
    private readonly IReadOnlyList<EncodedDocument> _tei;
    private readonly EditionSource _source;
    private readonly ValidationOptions _options;
    private readonly ValidationCache? _cache;
    private readonly ValidationPolicy _policy;
    private readonly DiagnosticBag _found;
    private readonly SchematronSchema? _project;
    private readonly IReadOnlyList<SchematronSchema> _shared;
    private readonly string _rules;
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _schemas = new(StringComparer.Ordinal);
    private readonly FileIntegrity?[] _facts;

    // A merge missing a shard's part: not a finding about the TEI, so no validation policy softens it.
    private readonly DiagnosticBag _notInShards = new();

    internal ValidationRun(IReadOnlyList<EncodedDocument> tei, EditionSource source, ValidationOptions options, ValidationCache? cache, ValidationPolicy policy, DiagnosticBag found, SchematronSchema? project, IReadOnlyList<SchematronSchema> shared, string rules)
    {
        _tei = tei;
        _source = source;
        _options = options;
        _cache = cache;
        _policy = policy;
        _found = found;
        _project = project;
        _shared = shared;
        _rules = rules;
        _facts = new FileIntegrity?[tei.Count];
    }

    /// <summary>File <paramref name="i"/>'s own checks: its integrity facts, and (unless another shard's part) its RELAX NG and Schematron findings.</summary>
    public void File(int i)
    {
        var encoded = _tei[i];
        var instance = TeiInstance.FromEncoded(encoded);
        var integrityKey = _cache is not null && encoded.IsPassThrough ? ValidationCache.IntegrityKey(encoded, instance.DisplayPath) : null;
        if (integrityKey is not null && _cache!.GetIntegrity(integrityKey) is { } known)
        {
            _facts[i] = known;
        }
        else
        {
            _facts[i] = IntegrityChecker.Facts(instance);
            if (integrityKey is not null)
            {
                _cache!.PutIntegrity(integrityKey, _facts[i]!);
            }
        }

        var (schema, note) = SchemaSelector.Choose(encoded, _source, _options);
        _schemas[encoded.FileName] = schema;
        if (note is not null)
        {
            _found.Add(note);
        }

        if (_options.Include is { } include && !include(i))
        {
            return;
        }

        var key = _cache is null ? null : ValidationCache.Key(encoded, instance.DisplayPath, _rules + _fingerprints.GetOrAdd(schema ?? "", ValidationCache.FilesFingerprint));
        if (key is not null && _cache!.Get(key) is { } findings)
        {
            _found.AddRange(findings);
            return;
        }

        if (_cache is { Strict: true })
        {
            _notInShards.Add(ValidationDiagnostics.NotInShards.At(SourceSpan.None(instance.DisplayPath), "no shard holds this file's validation: build every shard (`edition build --shard i/N`) from the same sources, schemas, options and Edition version"));
            return;
        }

        var fresh = ValidationGate.FileFindings(encoded, instance, schema, _options, _project, _shared);
        _found.AddRange(fresh);
        if (key is not null)
        {
            _cache!.Put(key, fresh);
        }
    }

    /// <summary>After every file's step: the cross-file checks, then every finding into <paramref name="diagnostics"/> (errors as warnings under the warn policy).</summary>
    public ValidationReport Complete(DiagnosticBag diagnostics)
    {
        var coverage = IntegrityChecker.Check(_facts.Select((f, i) => f ?? throw new InvalidOperationException($"file {_tei[i].FileName} was not validated")).ToList(), _found);
        foreach (var d in _found.Sorted())
        {
            diagnostics.Add(_policy == ValidationPolicy.Warn && d.Severity == Severity.Error ? d with { Severity = Severity.Warning } : d);
        }

        diagnostics.AddRange(_notInShards.Sorted());

        return new ValidationReport(coverage, _schemas);
    }
}
