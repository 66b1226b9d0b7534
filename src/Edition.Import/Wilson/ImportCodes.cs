namespace Edition.Import.Wilson;

/// <summary>Diagnostic codes of the Wilson importer (ED1501–ED1599); the README lists them.</summary>
internal static class ImportCodes
{
    public const string FileUnreadable = "ED1501";
    public const string EmptyFile = "ED1502";
    public const string BinaryFile = "ED1503";
    public const string NoHeader = "ED1504";
    public const string NoOriginal = "ED1505";
    public const string NoTranslation = "ED1506";
    public const string BadDate = "ED1507";
    public const string UnknownLanguage = "ED1508";
    public const string NotAProject = "ED1510";
    public const string DocumentExists = "ED1511";
    public const string BadDocumentId = "ED1512";
    public const string AuthorityUnreadable = "ED1513";
    public const string WriteFailed = "ED1514";
    public const string UnknownRepository = "ED1520";
    public const string CitationNotUnderstood = "ED1521";
    public const string Unaligned = "ED1530";
    public const string LengthMismatch = "ED1531";
    public const string SenderUnknown = "ED1540";
}
