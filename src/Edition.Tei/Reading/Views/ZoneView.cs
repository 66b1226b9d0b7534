using MemoryPack;

namespace Edition.Tei.Reading.Views;

/// <summary>A box on a page image (a TEI <c>zone</c>, in the surface's pixels); segments point to it by id through their @facs.</summary>
[MemoryPackable]
public sealed partial record ZoneView(string Id, int X, int Y, int Width, int Height);
