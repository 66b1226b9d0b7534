using System.Text;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// A small export in the Wilson Center layout (the seed's header, then the text), of invented text: nothing in it is
/// an archive's. Written as <c>export.txt</c> in a folder of its own.
/// </summary>
internal sealed class InventedExport : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "edition-invented-" + Guid.NewGuid().ToString("N")[..12]);

    public InventedExport(IEnumerable<string> blocks, string contents = "Translation - English")
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "export.txt");
        File.WriteAllText(Path, Text(blocks, contents), new UTF8Encoding(false));
    }

    public string Path { get; }

    /// <summary>The export's text: header, blocks separated by blank lines, the closing "###".</summary>
    public static string Text(IEnumerable<string> blocks, string contents = "Translation - English")
    {
        const string title = "Telegram from Mao Zedong to I.V. Stalin";
        string[] header =
        [
            "**Wilson", "Center**", "", "Digital Archive", "International History Declassified", "", "digitalarchive.wilsoncenter.org", "",
            "March 5, 1950", "", title, "", "Citation:", "",
            $"\"{title}\", March 5, 1950, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 999, ll. 1-2.", "",
            "<https://wilson-center-digital-archive.dvincitest.com/document/999001>", "",
            "Summary:", "", "An invented telegram, written for the importer's tests: no archive holds it.", "",
            "Original Language:", "", "Russian", "", "Contents:", "", contents, "",
        ];
        return string.Join('\n', header.Concat(blocks.SelectMany(b => new[] { b, "" })).Append("###")) + "\n";
    }

    /// <summary>An invented English telegram (numbered paragraphs, a short last sentence, signature, dateline).</summary>
    public static readonly string[] English =
    [
        "CIPHERED TELEGRAM No. 1234",
        "To Comrade FILIPPOV [Stalin]",
        "Comrade FILIPPOV!",
        "1. The invented harvest in the northern provinces is in, and the granaries are full for the winter.",
        "2. We ask you to send two invented engineers to advise on the new railway bridge before the spring.",
        "Telegraph fulfillment.",
        "MAO ZEDONG",
        "No. 1234 5.3.50",
    ];

    /// <summary>The same invented telegram in Russian.</summary>
    public static readonly string[] Russian =
    [
        "ШИФРТЕЛЕГРАММА № 1234",
        "товарищу ФИЛИППОВУ",
        "Товарищ ФИЛИППОВ!",
        "1. Выдуманный урожай в северных провинциях собран, и зернохранилища полны на всю зиму.",
        "2. Просим прислать двух выдуманных инженеров для совета по новому железнодорожному мосту до весны.",
        "Сообщите Ваши соображения.",
        "МАО ЦЗЕ-ДУН",
        "№ 1234. 5.3.50.",
    ];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
