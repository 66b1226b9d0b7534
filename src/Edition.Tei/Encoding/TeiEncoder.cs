using System.Xml.Linq;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Text;
using Edition.Core.Xml;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>
/// The Encode stage: one TEI P5 file per document, plus the edition's persons and places. TEI-in documents
/// pass through unchanged (they are only checked to be well-formed XML here).
/// </summary>
public static class TeiEncoder
{
    /// <param name="wellFormed">
    /// Whether an earlier build found a TEI-in file (by name and content hash) well-formed. Given this, no TEI-in
    /// file is parsed here: a file not known is read through for well-formedness only, and every tree is built
    /// when a later stage first needs it. Null: every TEI-in file is parsed now.
    /// </param>
    public static IReadOnlyList<EncodedDocument> Encode(EditionSource edition, DiagnosticBag bag, Func<string, string, bool>? wellFormed = null)
    {
        var results = new EncodedDocument?[edition.Documents.Count];
        Parallel.For(0, edition.Documents.Count, i =>
        {
            var diagnostics = new List<Diagnostic>();
            results[i] = edition.Documents[i] switch
            {
                AuthoredDocument a => EncodeAuthored(edition, a, diagnostics),
                TeiFileDocument t => PassThrough(t, diagnostics, wellFormed),
                _ => null,
            };
            bag.AddRange(diagnostics);
        });

        var documents = results.OfType<EncodedDocument>().ToList();
        // An empty listPerson/listPlace is invalid TEI, so an edition without persons (a FRUS corpus) has no persons.xml.
        if (edition.Persons.Count > 0)
        {
            documents.Add(new EncodedDocument("persons", TeiIds.PersonsFile, AuthorityListEncoder.Persons(edition), null));
        }

        if (edition.Places.Count > 0)
        {
            documents.Add(new EncodedDocument("places", TeiIds.PlacesFile, AuthorityListEncoder.Places(edition), null));
        }
        return documents;
    }

    public static EncodedDocument EncodeAuthored(EditionSource edition, AuthoredDocument document, List<Diagnostic> diagnostics)
    {
        var alignment = Core.Source.TextAlignment.Of(document);
        var divs = document.Texts.Select(text => new TextEncoder(new EncodingContext(edition, document, text, alignment, diagnostics), text).Encode());
        var tei = new XDocument(
            new XProcessingInstruction("xml-model", TeiWriter.TeiAllModel),
            E("TEI", A(XmlLang, "en"),
                new TeiHeaderEncoder(edition, document).Encode().From(document.Meta.Span),
                E("text", E("body", divs))));
        return new EncodedDocument(document.Id, document.Id + ".xml", tei, Path.Combine(document.Path, "document.yml"));
    }

    private static EncodedDocument? PassThrough(TeiFileDocument document, List<Diagnostic> diagnostics, Func<string, string, bool>? wellFormed)
    {
        try
        {
            if (Core.Source.SpecialFiles.Describe(document.Path) is { } kind)
            {
                diagnostics.Add(EncodingDiagnostics.XmlNotARegularFile.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), 1, 1), Core.Source.SourcePaths.Display(document.Path), kind));
                return null;
            }

            // Read once: the bytes are passed through, and parsed (with line information, whitespace kept) from memory.
            if (Core.Source.SourceText.ReadBounded(document.Path, EncodingDiagnostics.MaxXmlBytes) is not { } bytes)
            {
                diagnostics.Add(EncodingDiagnostics.TeiTooLarge.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), 1, 1), EncodingDiagnostics.MaxXmlBytes / (1024 * 1024)));
                return null;
            }

            var hash = EncodedDocument.Hash(bytes);

            var fileName = document.Id + ".xml";
            XDocument? tei = null;
            if (wellFormed is null)
            {
                tei = SafeXml.Load(new MemoryStream(bytes, writable: false));
            }
            else if (!wellFormed(fileName, hash))
            {
                SafeXml.CheckWellFormed(new MemoryStream(bytes, writable: false));
            }

            return new EncodedDocument(document.Id, fileName, tei, document.Path, bytes, hash);
        }
        catch (XmlNestingException e)
        {
            diagnostics.Add(EncodingDiagnostics.TeiNestedTooDeep.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), e.LineNumber, e.LinePosition), e.Limit));
            return null;
        }
        catch (AttributeTooLongException e)
        {
            diagnostics.Add(EncodingDiagnostics.AttributeTooLong.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), e.LineNumber, e.LinePosition), e.Message.Split(" Line ")[0]));
            return null;
        }
        catch (System.Xml.XmlException e)
        {
            diagnostics.Add(EncodingDiagnostics.TeiNotWellFormed.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), e.LineNumber, e.LinePosition), $"TEI file is not well-formed XML: {e.Message.Split(" Line ")[0]}"));
            return null;
        }
    }
}
