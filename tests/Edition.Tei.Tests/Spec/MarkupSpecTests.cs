using System.Text;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Source.Markup;
using Edition.Tei.Encoding;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Spec;

/// <summary>
/// The markup language's executable specification, in the manner of CommonMark's and Markdig's spec tests:
/// <c>Spec/markup-spec.md</c> holds examples (a source block and the TEI it must give), one case per heading,
/// each run through the real loader and TEI encoder. <c>EDITION_UPDATE_GOLDEN=1</c> rewrites the expected TEI.
/// </summary>
public sealed partial class MarkupSpecTests
{
    private const string SpecPath = "tests/Edition.Tei.Tests/Spec/markup-spec.md";

    /// <summary>The <c>:::</c> containers <see cref="TextMarkupParser"/> knows (its switch on the container name).</summary>
    private static readonly string[] Containers = ["table", "closer"];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in SpecFile.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, SpecPath))))
        {
            data.Add(example.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name)
    {
        var path = Path.Combine(RepoPaths.Root, SpecPath);
        var spec = File.ReadAllText(path);
        var example = SpecFile.Read(spec).Single(e => e.Name == name);
        Assert.True(example.Original is not null, $"example '{name}' has no ```edition block");

        var actual = EncodeOriginal(example.Original!, example.Translation);
        if (GoldenFile.Updating)
        {
            File.WriteAllText(path, SpecFile.WithExpected(spec, example, actual));
            return;
        }

        Assert.True(example.Expected is not null, $"example '{name}' has no ```xml block");
        if (example.Expected != actual)
        {
            Assert.Fail($"example '{name}' in {SpecPath}: the TEI differs at {GoldenFile.FirstDifference(example.Expected!, actual)}\n(EDITION_UPDATE_GOLDEN=1 rewrites the expected TEI)");
        }
    }

    [Fact]
    public void EveryDirectiveHasAnExample()
    {
        var examples = SpecFile.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, SpecPath)));
        var sources = examples.SelectMany(e => new[] { e.Original, e.Translation }).OfType<string>().ToList();

        var known = DirectiveNames.Inline.Concat(DirectiveNames.Block).Append("#").Order(StringComparer.Ordinal);
        var missing = known.Where(name => !sources.Any(s => Regex.IsMatch(s, @"(?<!\\)\{" + Regex.Escape(name) + (name == "#" ? "" : @"(?=[\s:}])"))))
            .Concat(Containers.Where(name => !sources.Any(s => Regex.IsMatch(s, @"^::: " + name + @"\b", RegexOptions.Multiline))).Select(n => "::: " + n))
            .ToList();
        Assert.True(missing.Count == 0, $"directives without an example in {SpecPath}: {string.Join(", ", missing)}");

        // Each milestone directive also has an example where it stands alone between blocks.
        var parsed = sources.SelectMany(s => TextMarkupParser.Parse("spec.md", s, [])).ToList();
        var alone = parsed.OfType<MilestoneBlock>().SelectMany(m => m.Items).OfType<DirectiveInline>().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var notAlone = DirectiveNames.Milestones.Where(m => !alone.Contains(m)).ToList();
        Assert.True(notAlone.Count == 0, $"directives without an example standing alone between blocks: {string.Join(", ", notAlone)}");
    }

    [Fact]
    public void TheSpecFileIsReadAsExpected()
    {
        var examples = SpecFile.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, SpecPath)));
        Assert.True(examples.Count >= 30, $"only {examples.Count} examples read");
        Assert.Equal(examples.Count, examples.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(examples, e => Assert.NotNull(e.Original));
    }

    /// <summary>An invented one-document edition whose original is <paramref name="original"/>; returns its div's children as written.</summary>
    private static string EncodeOriginal(string original, string? translation)
    {
        var root = Path.Combine(Path.GetTempPath(), "edition-spec-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Write(root, "edition.yml", """
                id: spec
                title: "Markup specification (invented)"
                editors:
                  - id: ed
                    name: "Spec Editor"
                    role: "editor"
                languages: [de, en]
                """);
            Write(root, "persons.yml", """
                - id: stalin
                  name: "Joseph Stalin"
                """);
            Write(root, "places.yml", """
                - id: beijing
                  name: "Beijing"
                """);
            Write(root, "documents/doc/document.yml", """
                title: "An invented document"
                date: 1951-06-21
                language: de
                witnesses:
                  - { id: A, label: "Witness A (invented)" }
                  - { id: B, label: "Witness B (invented)" }
                  - { id: WCDA, label: "Witness WCDA (invented)" }
                hands:
                  - { id: h1, label: "The writer's hand, in ink (invented)" }
                  - { id: h2, label: "A second hand, in pencil (invented)" }
                """ + (translation is null ? "" : "\ntranslation: { language: en }"));
            Write(root, "documents/doc/original.de.md", original);
            if (translation is not null)
            {
                Write(root, "documents/doc/translation.en.md", translation);
            }

            var bag = new DiagnosticBag();
            var source = SourceLoader.Load(root, bag);
            Assert.True(source is not null && bag.Sorted().Count == 0, string.Join('\n', bag.Sorted()));
            var tei = TeiEncoder.Encode(source!, bag);
            Assert.True(bag.Sorted().Count == 0, string.Join('\n', bag.Sorted()));
            return OriginalDivContent(tei.Single(d => d.Id == "doc").Text);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }

    /// <summary>The lines between <c>&lt;div type="original" …&gt;</c> and its end tag, as the file has them, less the div's indentation.</summary>
    private static string OriginalDivContent(string tei)
    {
        var lines = tei.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith("<div type=\"original\"", StringComparison.Ordinal));
        Assert.True(start >= 0, "no <div type=\"original\"> in\n" + tei);
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        var end = Array.FindIndex(lines, start + 1, l => l == new string(' ', indent) + "</div>");
        Assert.True(end > start, "the original's div is not indented as expected in\n" + tei);
        var childIndent = new string(' ', indent + 2);
        return string.Join('\n', lines[(start + 1)..end].Select(l => l.StartsWith(childIndent, StringComparison.Ordinal) ? l[childIndent.Length..] : l));
    }

    private sealed record SpecExample(string Name, string? Original, string? Translation, string? Expected, int ExpectedStart, int ExpectedEnd);

    /// <summary>Reads the spec file: a <c>###</c> heading starts an example; its fenced blocks follow.</summary>
    private static partial class SpecFile
    {
        public static List<SpecExample> Read(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var examples = new List<SpecExample>();
            string? name = null, original = null, translation = null, expected = null;
            int expectedStart = -1, expectedEnd = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("### ", StringComparison.Ordinal) || lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    Flush();
                    name = lines[i].StartsWith("### ", StringComparison.Ordinal) ? lines[i][4..].Trim() : null;
                    continue;
                }

                var fence = Fence().Match(lines[i]);
                if (!fence.Success)
                {
                    continue;
                }

                var body = new List<string>();
                var first = i + 1;
                for (i++; i < lines.Length && lines[i] != "```"; i++)
                {
                    body.Add(lines[i]);
                }

                if (name is null)
                {
                    continue;
                }

                var content = string.Join('\n', body);
                switch (fence.Groups[1].Value, fence.Groups[2].Value.Trim())
                {
                    case ("edition", ""):
                        original = content;
                        break;
                    case ("edition", "translation.en"):
                        translation = content;
                        break;
                    case ("xml", ""):
                        expected = content;
                        (expectedStart, expectedEnd) = (first, i);
                        break;
                    default:
                        throw new InvalidOperationException($"{SpecPath}({first}): unknown block '{lines[first - 1]}'");
                }
            }

            Flush();
            return examples;

            void Flush()
            {
                if (name is not null)
                {
                    examples.Add(new SpecExample(name, original, translation, expected, expectedStart, expectedEnd));
                }

                (name, original, translation, expected, expectedStart, expectedEnd) = (null, null, null, null, -1, -1);
            }
        }

        /// <summary>The spec text with one example's expected TEI replaced.</summary>
        public static string WithExpected(string text, SpecExample example, string tei)
        {
            Assert.True(example.ExpectedStart >= 0, $"example '{example.Name}' has no ```xml block to rewrite");
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
            lines.RemoveRange(example.ExpectedStart, example.ExpectedEnd - example.ExpectedStart);
            lines.InsertRange(example.ExpectedStart, tei.Split('\n'));
            var builder = new StringBuilder();
            builder.AppendJoin('\n', lines);
            return builder.ToString();
        }

        [GeneratedRegex(@"^```(edition|xml)(.*)$")]
        private static partial Regex Fence();
    }
}
