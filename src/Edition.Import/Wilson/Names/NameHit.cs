namespace Edition.Import.Wilson.Names;

/// <summary>A recognised name in a line: where it is and which authority entry it links to.</summary>
internal sealed record NameHit(int Start, int Length, GazetteerEntry Entry);
