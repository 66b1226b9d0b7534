using System.Runtime.CompilerServices;
using System.Text;

namespace Edition.Core.Xml;

/// <summary>
/// TEI from older projects declares Windows and ISO code pages (windows-1252, ISO-8859-2, …), which .NET reads only
/// with the code-pages provider (XML parsers elsewhere read them). Registered when Edition.Core loads, so that the
/// command line, the builder and the tests read such files alike.
/// </summary>
internal static class CodePages
{
#pragma warning disable CA2255 // A library's module initializer: this library is Edition's own, and every entry point needs the provider.
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
#pragma warning restore CA2255
}
