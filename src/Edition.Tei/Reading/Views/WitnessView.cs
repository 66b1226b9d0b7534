namespace Edition.Tei.Reading.Views;

public sealed record WitnessView(string Id, string Siglum, string Label);
