namespace Edition.Build.Tests;

/// <summary>Runs <see cref="AlignedValidationBoundTests"/> alone, so the process's processor time is its own.</summary>
[CollectionDefinition(nameof(AlignedValidationBoundTests), DisableParallelization = true)]
public sealed class AlignedValidationBoundCollection;
