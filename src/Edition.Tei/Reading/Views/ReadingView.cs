namespace Edition.Tei.Reading.Views;

public sealed record ReadingView(IReadOnlyList<string> Witnesses, IReadOnlyList<InlineNode> Content);
