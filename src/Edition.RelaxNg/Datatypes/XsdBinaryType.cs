namespace Edition.RelaxNg.Datatypes;

/// <summary>hexBinary and base64Binary; the value is the octet sequence, length counts octets.</summary>
internal sealed class XsdBinaryType(string name, bool hex) : Datatype
{
    public override string Name { get; } = name;

    public override string Normalize(string lexical) => Whitespace.Collapse(lexical);

    public override object? Parse(string lexical, IDatatypeContext context)
    {
        var s = Normalize(lexical);
        return hex ? ParseHex(s) : ParseBase64(s);
    }

    public override bool SameValue(object a, object b) => ((byte[])a).AsSpan().SequenceEqual((byte[])b);

    public override int? Length(object value) => ((byte[])value).Length;

    private static byte[]? ParseHex(string s)
    {
        if (s.Length % 2 != 0 || !s.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(s);
    }

    private static byte[]? ParseBase64(string s)
    {
        var compact = s.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length % 4 != 0 || compact.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')))
        {
            return null;
        }

        // The bits a padded final group does not use must be zero (XSD 1.0 erratum E2-9).
        if ((compact.EndsWith("==", StringComparison.Ordinal) && !"AQgw".Contains(compact[^3], StringComparison.Ordinal))
            || (compact.EndsWith('=') && !compact.EndsWith("==", StringComparison.Ordinal)
                && !"AEIMQUYcgkosw048".Contains(compact[^2], StringComparison.Ordinal)))
        {
            return null;
        }

        var buffer = new byte[compact.Length];
        return Convert.TryFromBase64String(compact, buffer, out var written) ? buffer[..written] : null;
    }
}
