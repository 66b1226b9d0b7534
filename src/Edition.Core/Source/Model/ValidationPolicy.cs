namespace Edition.Core.Source.Model;

/// <summary>What validation findings do to a build: edition.yml's <c>validation</c>, or <c>--validation</c>.</summary>
public enum ValidationPolicy
{
    /// <summary>Findings that are errors stop the build (the default).</summary>
    Error,

    /// <summary>Every finding is printed as a warning and the build goes on.</summary>
    Warn,

    /// <summary>No validation at all.</summary>
    Off,
}

/// <summary>The policies as editors write them.</summary>
public static class ValidationPolicyNames
{
    public static readonly IReadOnlyList<string> All = ["error", "warn", "off"];

    /// <summary>The policy a name stands for, or null for any other text.</summary>
    public static ValidationPolicy? Parse(string? name) => name switch
    {
        "error" => ValidationPolicy.Error,
        "warn" => ValidationPolicy.Warn,
        "off" => ValidationPolicy.Off,
        _ => null,
    };
}
