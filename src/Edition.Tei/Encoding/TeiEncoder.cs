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
        var facsimile = new FacsimileEncoder(document);
        var divs = document.Texts.Select(text => new TextEncoder(new EncodingContext(edition, document, text, alignment, diagnostics) { Facsimile = facsimile }, text).Encode());
        var tei = new XDocument(
            new XProcessingInstruction("xml-model", TeiWriter.TeiAllModel),
            E("TEI", A(XmlLang, "en"),
                new TeiHeaderEncoder(edition, document).Encode().From(document.Meta.Span),
                facsimile.Encode()?.From(document.Meta.Facsimile!.Span),
                E("text", E("body", divs))));
        return new EncodedDocument(document.Id, document.Id + ".xml", tei, Path.Combine(document.Path, "document.yml"));
    }

    private static EncodedDocument? PassThrough(TeiFileDocument document, List<Diagnostic> diagnostics, Func<string, string, bool>? wellFormed)
    {
        byte[]? bytes = null;
        XmlProlog? prolog = null;
        try
        {
            if (Core.Source.SpecialFiles.Describe(document.Path) is { } kind)
            {
                diagnostics.Add(EncodingDiagnostics.XmlNotARegularFile.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), 1, 1), Core.Source.SourcePaths.Display(document.Path), kind));
                return null;
            }

            // Read once: the bytes are passed through, and parsed (with line information, whitespace kept) from memory.
            bytes = Core.Source.SourceText.ReadBounded(document.Path, EncodingDiagnostics.MaxXmlBytes);
            if (bytes is null)
            {
                diagnostics.Add(EncodingDiagnostics.TeiTooLarge.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), 1, 1), EncodingDiagnostics.MaxXmlBytes / (1024 * 1024)));
                return null;
            }

            prolog = XmlProlog.Read(bytes);
            if (!IsTei(prolog, document.Path, diagnostics))
            {
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
        catch (System.Xml.XmlException e) when (prolog is not null && TeiInProlog.UnreadEntity(prolog, e, bytes!, Core.Source.SourcePaths.Display(document.Path)) is { } entity)
        {
            diagnostics.Add(entity);
            return null;
        }
        catch (System.Xml.XmlException e)
        {
            diagnostics.Add(EncodingDiagnostics.TeiNotWellFormed.At(new SourceSpan(Core.Source.SourcePaths.Display(document.Path), e.LineNumber, e.LinePosition), $"TEI file is not well-formed XML: {e.Message.Split(" Line ")[0]}"));
            return null;
        }
    }

    /// <summary>
    /// What the prolog tells (a DOCTYPE not read, a root that is not TEI P5), read on every build, as the rest may come
    /// from the cache; false when the file is not TEI P5 and is not to be read.
    /// </summary>
    private static bool IsTei(XmlProlog prolog, string path, List<Diagnostic> diagnostics)
    {
        var display = Core.Source.SourcePaths.Display(path);
        if (TeiInProlog.NotTei(prolog, display) is { } notTei)
        {
            diagnostics.Add(notTei);
            return false;
        }

        if (TeiInProlog.Doctype(prolog, display) is { } doctype)
        {
            diagnostics.Add(doctype);
        }

        return true;
    }
}
