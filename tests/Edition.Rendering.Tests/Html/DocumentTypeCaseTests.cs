using Edition.Rendering.Html;

namespace Edition.Rendering.Tests.Html;

/// <summary>A document's type inside a citation's sentence: lowered where the language lowers common nouns, kept where it does not.</summary>
public sealed class DocumentTypeCaseTests
{
    [Theory]
    [InlineData("Telegram", "en", "telegram")]
    [InlineData("Memorandum of Conversation", "en", "memorandum of conversation")]
    [InlineData("NSC Report", "en", "NSC report")]
    [InlineData("Letter to McCarthy", "en", "letter to McCarthy")]
    [InlineData("Шифртелеграмма", "ru", "шифртелеграмма")]
    [InlineData("Brief", "de", "Brief")]
    [InlineData("Dienstliches Schreiben", "de-AT", "Dienstliches Schreiben")]
    [InlineData("Lettre", "fr", "lettre")]
    [InlineData("İhbarname", "tr", "ihbarname")]
    [InlineData("电报", "zh", "电报")]
    [InlineData("Telegram", null, "telegram")]
    [InlineData("Telegram", "xx-invalid-tag-", "telegram")]
    public void LowersOnlyWhatTheLanguageLowers(string type, string? lang, string expected) =>
        Assert.Equal(expected, DocumentTypeCase.InRunningText(type, lang));

    [Fact]
    public void NoTypeStaysNone() => Assert.Null(DocumentTypeCase.InRunningText(null, "en"));
}
