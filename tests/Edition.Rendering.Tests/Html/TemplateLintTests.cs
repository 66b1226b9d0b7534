using System.Text.RegularExpressions;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// Scriban does not escape: every output in templates/html must end in <c>| h</c>, <c>| url</c> or <c>| safe</c>,
/// or be a label (<c>t "key"</c>, escaped by the function); anything else is a statement (if, for, end…).
/// </summary>
public sealed partial class TemplateLintTests
{
    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(if|else|end|for|while|include|capture|func|case|when|with|ret|break|continue|#)\b|^[a-z_][a-z0-9_]*\s*=[^=]")]
    private static partial Regex Statement();

    [GeneratedRegex(@"\|\s*(h|url|safe)$|^t\s+""[a-z_]+""$")]
    private static partial Regex Escaped();

    [Fact]
    public void EveryOutputIsEscapedOrMarkedSafe()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Templates, "html"), "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var offences = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Tag().Matches(text))
            {
                var code = m.Groups[1].Value.Trim('~', '-').Trim();
                if (code.Length > 0 && !Statement().IsMatch(code) && !Escaped().IsMatch(code))
                {
                    var line = text[..m.Index].Count(c => c == '\n') + 1;
                    offences.Add($"{Path.GetFileName(file)}({line}): {{{{ {code} }}}}");
                }
            }
        }

        Assert.True(offences.Count == 0, "unescaped template output:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void TheLintCatchesARawOutput()
    {
        Assert.DoesNotMatch(Escaped(), "document.title");
        Assert.DoesNotMatch(Statement(), "document.title");
        Assert.Matches(Escaped(), "document.title | h");
        Assert.DoesNotMatch(Escaped(), "document.title | h | string.upcase");
    }
}
