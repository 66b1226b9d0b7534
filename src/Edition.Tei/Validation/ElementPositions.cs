using System.Xml;
using System.Xml.Linq;

namespace Edition.Tei.Validation;

/// <summary>
/// A document's elements in document order with where each starts, to find the innermost element at a line and
/// column by binary search. A FRUS volume has thousands of RELAX NG findings; walking its elements from the start
/// for each one took a third of a whole build.
/// </summary>
internal sealed class ElementPositions
{
    private readonly XElement[] _elements;
    private readonly long[] _starts;

    /// <summary>False when some element's start does not follow its predecessor's (no line information).</summary>
    private readonly bool _ordered = true;

    public ElementPositions(XDocument document)
    {
        _elements = document.Descendants().ToArray();
        _starts = new long[_elements.Length];
        for (var i = 0; i < _elements.Length; i++)
        {
            var info = (IXmlLineInfo)_elements[i];
            _starts[i] = Position(info.LineNumber, info.LinePosition);
            _ordered &= i == 0 || _starts[i] >= _starts[i - 1];
        }
    }

    /// <summary>The last element in document order that starts at or before the place, before any that starts after it.</summary>
    public XElement? At(int line, int column)
    {
        var place = Position(line, column);
        var after = _ordered ? UpperBound(place) : FirstAfter(place);
        return after == 0 ? null : _elements[after - 1];
    }

    private static long Position(int line, int column) => ((long)line << 32) | (uint)column;

    /// <summary>The index of the first start after the place, starts being in order.</summary>
    private int UpperBound(long place)
    {
        int low = 0, high = _starts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_starts[middle] <= place)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int FirstAfter(long place)
    {
        var i = 0;
        while (i < _starts.Length && _starts[i] <= place)
        {
            i++;
        }

        return i;
    }
}
