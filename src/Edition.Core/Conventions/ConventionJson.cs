using System.Text.Json.Serialization;

namespace Edition.Core.Conventions;

/// <summary>Reads convention files without reflection (the native build trims it).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CitationConvention))]
internal sealed partial class ConventionJson : JsonSerializerContext;
