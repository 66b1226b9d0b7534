using MemoryPack;
namespace Edition.Tei.Reading.Views;

[MemoryPackable]
public sealed partial record WitnessView(string Id, string Siglum, string Label);
