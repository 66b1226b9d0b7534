using System.Globalization;
using System.Xml.XPath;
using Wmhelp.XPath2;

namespace Edition.Tei.Validation.Schematron;

/// <summary>XPath 2.0's effective boolean value and string rendering of whatever XPath2 returns.</summary>
internal static class XPathValues
{
    public static bool EffectiveBoolean(object? value)
    {
        switch (value)
        {
            case null or Undefined:
                return false;
            case bool b:
                return b;
            case string s:
                return s.Length > 0;
            case XPath2NodeIterator iterator:
                var items = iterator.Clone();
                if (!items.MoveNext())
                {
                    return false;
                }

                var first = items.Current;
                if (first.IsNode)
                {
                    return true;
                }

                if (items.MoveNext())
                {
                    throw new XPath2Exception("FORG0006", "the effective boolean value of a sequence of two or more atomic values is not defined");
                }

                return EffectiveBoolean(first.TypedValue);
            case XPathNavigator:
                return true;
            default:
                try
                {
                    var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    return d != 0 && !double.IsNaN(d);
                }
                catch (Exception e) when (e is InvalidCastException or FormatException)
                {
                    return true;
                }
        }
    }

    /// <summary>As <c>value-of</c> renders it: items' string values separated by a space.</summary>
    public static string ToText(object? value) => value switch
    {
        null or Undefined => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        XPath2NodeIterator iterator => string.Join(" ", iterator.Clone().Cast<XPathItem>().Select(i => i.IsNode ? i.Value : ToText(i.TypedValue))),
        XPathItem item => item.Value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The nodes of a result, in the order XPath2 gives them (document order for path expressions).</summary>
    public static IEnumerable<XPathNavigator> Nodes(object? value)
    {
        switch (value)
        {
            case XPath2NodeIterator iterator:
                foreach (XPathItem item in iterator.Clone())
                {
                    if (item is XPathNavigator nav)
                    {
                        yield return nav.Clone();
                    }
                }

                break;
            case XPathNavigator nav:
                yield return nav;
                break;
        }
    }
}
