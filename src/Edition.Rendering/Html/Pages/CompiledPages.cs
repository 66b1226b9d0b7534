using System.Security.Cryptography;
using Edition.Rendering.Html.Models;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Html.Pages;

/// <summary>
/// The default theme's page templates, compiled to C#: a corpus renders thousands of document pages, and Scriban
/// interpreting them (and, once per process, building its builtin functions by reflection) was a third of the site's
/// render time. A compiled template stands in for its file
/// only while that file and the partials it includes are byte for byte the text it was written from (pinned by
/// hash below): an edition's own template, or any edit of the theme's, is rendered by Scriban as before.
/// <c>CompiledPagesTests</c> keeps the pins current and compares every compiled page with Scriban's.
/// </summary>
internal sealed class CompiledPages
{
    /// <summary>Each compiled template: its file under <c>templates/html/</c>, the SHA-256 of the text it renders, and its code.</summary>
    internal static readonly IReadOnlyList<(string Name, string Sha256, Action<PageWriter, PageModel>? Render)> Known =
    [
        ("_head.sbn", "c1d69766f8de457eda92d19ec469c84a36e9405db19ea0e5d8466094fe22f59f", null),
        ("_foot.sbn", "997dd7b53e461eb3413aa4369f5fac4a0ef5d20d863774ab3a34753e7e69557e", null),
        ("document.sbn", "8f27ecf8c614cae83d2d5e0064b783ee2ab4b0a8f29a405bc5a587d2f1262a0e", DocumentTemplate.Render),
        ("cite.sbn", "23d0e1cd08d638460eac260b8ea417eeebff729045924cb49273559252549ef0", CiteTemplate.Render),
        ("part.sbn", "9b0a65027b6d456a12c4b47e77748e7d7a36db3a9a1e8b8818c3c44011a2cf7a", PartTemplate.Render),
        ("index.sbn", "49a437f6140ef5788a14145834c985d7aa850e1d8639203bd06ff3b56ea26648", EditionTemplates.Index),
        ("documents.sbn", "5214616cd4cd72e9be716305d11279eae7375f55f59d61b246bed87c45ad6e68", ListTemplates.Documents),
        ("entries.sbn", "dcf79028ad6eb6f0faef27e4c51307c313e13e5425a422b75086aef22fbc900d", ListTemplates.Entries),
        ("about.sbn", "f9a8e78da0b507cf0961aba16da18d2d88d5db5f2c6af6f41b4ec2eef3ea2bfd", EditionTemplates.About),
        ("search.sbn", "3bd37b980489e18cbb8f942d00a78ec26af1863d03f171f33ca6f0bb62a55dbb", EditionTemplates.Search),
        ("sitemap.sbn", "964b40c9625a7f528cdcd1bb909361c4a76826a0d8a32c2c03cdcc0bd4aabbfc", EditionTemplates.Sitemap),
    ];

    private readonly Dictionary<string, Action<PageWriter, PageModel>> _usable = new(StringComparer.Ordinal);

    /// <param name="templates">The build's templates (<see cref="TemplateSet.CompiledPages"/> false: Scriban renders every page).</param>
    public CompiledPages(TemplateSet templates)
    {
        // The partials go into every page: changed, they leave every compiled page to Scriban.
        if (!templates.CompiledPages || Known.Any(k => k.Render is null && !Unchanged(templates, k.Name, k.Sha256)))
        {
            return;
        }

        foreach (var (name, sha256, render) in Known)
        {
            if (render is not null && Unchanged(templates, name, sha256))
            {
                _usable[name] = render;
            }
        }
    }

    /// <summary>The page a compiled template gives, or null when <paramref name="template"/> is Scriban's to render.</summary>
    public string? Render(string template, PageModel model, Labels labels)
    {
        if (!_usable.TryGetValue(template, out var render))
        {
            return null;
        }

        var writer = new PageWriter(labels);
        render(writer, model);
        return writer.Finish();
    }

    /// <summary>Whether pages of <paramref name="template"/> are rendered by its compiled form.</summary>
    public bool Covers(string template) => _usable.ContainsKey(template);

    /// <summary>The SHA-256 of a file's bytes, in lower-case hexadecimal.</summary>
    internal static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static bool Unchanged(TemplateSet templates, string name, string sha256) =>
        templates.Find("html/" + name) is { } path && Sha256Of(path) == sha256;
}
