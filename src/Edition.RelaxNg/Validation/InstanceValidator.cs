using System.Text;
using System.Xml;
using Edition.RelaxNg.Datatypes;
using Edition.RelaxNg.Patterns;

namespace Edition.RelaxNg.Validation;

/// <summary>
/// Streams one document through the derivatives: an explicit stack (no recursion on the instance side),
/// text coalesced across comments and processing instructions, recovery after each error.
/// </summary>
internal sealed class InstanceValidator
{
    private readonly SchemaModel model;
    private readonly Deriver deriver;
    private readonly XmlReader reader;
    private readonly RelaxNgOptions options;
    private readonly ErrorLog log;
    private readonly ReaderContext context;
    private readonly IdTracker ids = new();
    private readonly List<Frame> frames = [];
    private readonly StringBuilder text = new();
    private readonly Dictionary<(int, string), string> expectedContent = [];
    private readonly char[] chunk = new char[64];
    private string? pendingText;
    private bool pendingValueless;
    private bool pendingBlank = true;
    private int textLine;
    private int textColumn;

    public InstanceValidator(SchemaModel model, Deriver deriver, XmlReader reader, string file, RelaxNgOptions options)
    {
        this.model = model;
        this.deriver = deriver;
        this.reader = reader;
        this.options = options;
        log = new ErrorLog(file, options.MaxErrors, frames);
        context = new ReaderContext(reader);
    }

    public IReadOnlyList<RelaxNgError> Run()
    {
        var state = model.Start;
        var sawRoot = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        state = frames.Count > 0 ? FlushText(state, atEnd: false) : state;
                        sawRoot = true;
                        var empty = reader.IsEmptyElement;
                        state = StartElement(state);
                        state = empty ? EndElement(state) : state;
                        break;
                    case XmlNodeType.EndElement:
                        state = EndElement(state);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        AppendText(state);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            log.Add(RelaxNgErrorCodes.NotWellFormed, e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}");
            return log.Errors;
        }

        if (!sawRoot)
        {
            log.Add(RelaxNgErrorCodes.MissingContent, 0, 0, "the document has no root element");
        }

        foreach (var (id, line, column, path) in ids.Dangling())
        {
            log.Add(RelaxNgErrorCodes.DanglingIdRef, line, column, $"IDREF '{id}' does not match any ID in the document", path);
        }

        return log.Errors;
    }

    private Pattern StartElement(Pattern state)
    {
        var name = new QualifiedName(reader.NamespaceURI, reader.LocalName);
        var (line, column) = Position();
        var parentNs = frames.Count > 0 ? frames[^1].Name.Namespace : name.Namespace;
        var next = deriver.StartTagOpen(state, name);
        frames.Add(new Frame(name, reader.Name));
        if (next.Kind == PatternKind.NotAllowed)
        {
            var expected = ExpectedContent(state, parentNs);
            var where = frames.Count == 1 ? "as the root element" : "here";
            log.Add(RelaxNgErrorCodes.UnexpectedElement, line, column, $"element '{reader.Name}' not allowed {where}; expected {expected}");
            next = deriver.Builder.After(RecoveryContent(name), state);
        }

        next = Attributes(next, name);
        var closed = deriver.StartTagClose(next);
        if (closed.Kind == PatternKind.NotAllowed)
        {
            var missing = log.Full ? "" : Expectations.RequiredAttributes(next, deriver);
            log.Add(RelaxNgErrorCodes.MissingAttribute, line, column, $"element '{reader.Name}' missing required attribute {missing}");
            closed = deriver.StartTagClose(next, lenient: true);
        }

        return closed;
    }

    private Pattern Attributes(Pattern state, QualifiedName element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return state;
        }

        do
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
            {
                continue;
            }

            var name = new QualifiedName(reader.NamespaceURI, reader.LocalName);
            var value = reader.Value;
            var (line, column) = Position();
            var started = deriver.StartAttribute(state, name);
            if (started.Kind == PatternKind.NotAllowed)
            {
                log.Add(RelaxNgErrorCodes.UnexpectedAttribute, line, column, $"attribute '{reader.Name}' not allowed on element '{frames[^1].Display}'");
                continue;
            }

            var next = deriver.AttributeValue(started, value, context);
            if (next.Kind == PatternKind.NotAllowed)
            {
                var expected = log.Full ? "" : Expectations.Values(AfterLefts(started));
                log.Add(RelaxNgErrorCodes.InvalidValue, line, column, $"invalid value '{Shorten(value)}' for attribute '{reader.Name}' of element '{frames[^1].Display}'; expected {expected}");
                next = deriver.AttributeAnyValue(started);
            }

            state = next;
            if (options.CheckIds && !model.Ids.IsEmpty)
            {
                var type = model.Ids.Lookup(element, name);
                if (type != IdType.None && ids.Add(type, value, line, column, log) is { } duplicate)
                {
                    log.Add(RelaxNgErrorCodes.DuplicateId, line, column, $"duplicate ID '{duplicate}'");
                }
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return state;
    }

    private Pattern EndElement(Pattern state)
    {
        state = FlushText(state, atEnd: true);
        var next = deriver.EndTag(state);
        if (next.Kind == PatternKind.NotAllowed)
        {
            var (line, column) = Position();
            var expected = ExpectedContent(state, frames[^1].Name.Namespace);
            log.Add(RelaxNgErrorCodes.MissingContent, line, column, $"element '{frames[^1].Display}' incomplete; expected {expected}");
            next = deriver.EndTag(state, lenient: true);
        }

        frames.RemoveAt(frames.Count - 1);
        return next;
    }

    private void AppendText(Pattern state)
    {
        if (frames.Count == 0)
        {
            return;
        }

        if (pendingText is null && !pendingValueless)
        {
            (textLine, textColumn) = Position();
        }

        // Where the state accepts any text (prose, mixed content) only whether the text is blank counts: no string
        // is made of it (most of a document's text). The state is the one the text is flushed against: it changes
        // only at tags.
        if (ValueIrrelevant(state))
        {
            pendingValueless = true;
            pendingBlank &= IsBlank();
            return;
        }

        // Most elements' text is one node: its string is kept as the reader made it, not copied through the builder.
        var value = reader.Value;
        if (pendingText is null)
        {
            pendingText = value;
            return;
        }

        if (text.Length == 0)
        {
            text.Append(pendingText);
        }

        text.Append(value);
    }

    /// <summary>Whether text here matches or fails the same whatever it says (the derivative of a pattern with no data or value).</summary>
    private bool ValueIrrelevant(Pattern state) =>
        reader.CanReadValueChunk && !state.TextSensitive && deriver.Text(state, ValuelessText, context).Kind != PatternKind.NotAllowed;

    /// <summary>Whether the current text node is all whitespace, read in chunks up to its first other character.</summary>
    private bool IsBlank()
    {
        if (reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            return true;
        }

        int read;
        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            if (!Whitespace.IsAllSpace(chunk.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text since the last tag, as one string; for text whose value is irrelevant, a stand-in of the same blankness.</summary>
    private string TakeText()
    {
        var s = pendingValueless ? (pendingBlank ? "" : ValuelessText) : text.Length > 0 ? text.ToString() : pendingText ?? "";
        text.Clear();
        pendingText = null;
        pendingValueless = false;
        pendingBlank = true;
        return s;
    }

    /// <summary>Applies the pending text: before a child or at the end tag (spec 6.2.7 whitespace rules).</summary>
    private Pattern FlushText(Pattern state, bool atEnd)
    {
        var frame = frames[^1];
        var s = TakeText();
        var blank = Whitespace.IsAllSpace(s);
        if (!frame.HasChild)
        {
            frames[^1] = frame with { HasChild = !atEnd };
        }

        if (atEnd && !frame.HasChild && blank)
        {
            return deriver.Builder.Choice(state, deriver.Text(state, s, context));
        }

        if (blank)
        {
            return state;
        }

        var next = deriver.Text(state, s, context);
        if (next.Kind != PatternKind.NotAllowed)
        {
            return next;
        }

        var expected = ExpectedContent(state, frame.Name.Namespace);
        var (code, what) = expected.Contains("value", StringComparison.Ordinal) || expected.Contains('\'', StringComparison.Ordinal)
            ? (RelaxNgErrorCodes.InvalidValue, $"invalid value '{Shorten(s.Trim())}' in element '{frame.Display}'")
            : (RelaxNgErrorCodes.TextNotAllowed, $"text not allowed in element '{frame.Display}'");
        log.Add(code, textLine, textColumn, $"{what}; expected {expected}");
        return state;
    }

    /// <summary>
    /// What the state accepts, for a message; worked out once per state and namespace (a document that breaks a rule
    /// breaks it in the same place many times), and not at all once the log is full.
    /// </summary>
    private string ExpectedContent(Pattern state, string contextNamespace)
    {
        if (log.Full)
        {
            return "";
        }

        if (!expectedContent.TryGetValue((state.Id, contextNamespace), out var expected))
        {
            expected = Expectations.Content(state, contextNamespace);
            expectedContent[(state.Id, contextNamespace)] = expected;
        }

        return expected;
    }

    private Pattern RecoveryContent(QualifiedName name)
    {
        Pattern? content = null;
        foreach (var e in model.Recovery.Matching(name))
        {
            content = content is null ? e.Content : deriver.Builder.Choice(content, e.Content);
        }

        return content ?? model.AnyContent;
    }

    private static IEnumerable<Pattern> AfterLefts(Pattern p)
    {
        var stack = new Stack<Pattern>([p]);
        while (stack.TryPop(out var q))
        {
            if (q is BinaryPattern { Kind: PatternKind.Choice } c)
            {
                stack.Push(c.Left);
                stack.Push(c.Right);
            }
            else if (q is BinaryPattern { Kind: PatternKind.After } a)
            {
                yield return a.Left;
            }
        }
    }

    private const string ValuelessText = "text";

    private (int Line, int Column) Position() =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";
}
