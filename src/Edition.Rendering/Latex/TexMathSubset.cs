namespace Edition.Rendering.Latex;

/// <summary>
/// Decides whether a TeX formula from a TEI file may be given to TeX: only the commands of <see cref="TexMathCommands"/>
/// and plain math characters, with braces, environments and <c>\left</c>…<c>\right</c> balanced, every command given
/// its arguments, no double script, <c>&amp;</c> and <c>\\</c> only in a matrix or cases. So what passes can neither
/// reach a file nor the TeX engine's state, nor stop the print edition with an error.
/// </summary>
internal sealed class TexMathSubset
{
    public const int MaxLength = 4000;
    public const int MaxDepth = 30;

    private enum Stop
    {
        End,
        Brace,
        Bracket,
        Right,
        Environment,
    }

    private readonly List<TexMathToken> _tokens;
    private int _position;
    private int _depth;
    private bool _inBracket;

    private TexMathSubset(List<TexMathToken> tokens) => _tokens = tokens;

    /// <summary>Null when TeX may typeset the formula as it is; else why not, in a few words.</summary>
    public static string? Problem(string tex)
    {
        if (tex.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }

        try
        {
            new TexMathSubset(TexMathToken.Tokenize(tex)).Sequence(Stop.End, null);
            return null;
        }
        catch (RefusedException refused)
        {
            return refused.Message;
        }
    }

    private sealed class RefusedException(string message) : Exception(message);

    /// <summary>Where a run of math ends; what stands there is left for the caller.</summary>
    private void Sequence(Stop stop, string? environment)
    {
        if (++_depth > MaxDepth)
        {
            throw new RefusedException($"it nests more than {MaxDepth} levels deep");
        }

        var scripts = new ScriptState();
        var columns = 0;
        while (!AtStop(stop))
        {
            var token = _tokens[_position++];
            if (token.Is('&') || (token.IsSymbol && token.Name == "\\"))
            {
                columns = Alignment(token, stop, environment, columns);
                scripts = new ScriptState();
            }
            else if (!Script(token, ref scripts) && !token.Is(' '))
            {
                Atom(token, stop);
                scripts = new ScriptState();
            }
        }

        _depth--;
    }

    private bool AtStop(Stop stop)
    {
        if (_position == _tokens.Count)
        {
            return stop == Stop.End ? true : throw new RefusedException(stop switch
            {
                Stop.Brace => "a '{' is not closed",
                Stop.Bracket => "a '[' of \\sqrt is not closed",
                Stop.Right => "a \\left has no \\right",
                _ => "a \\begin has no \\end",
            });
        }

        var token = _tokens[_position];
        var (closes, problem) = token.Is('}') ? (Stop.Brace, "a '}' closes nothing")
            : token.IsWord("right") ? (Stop.Right, "a \\right has no \\left")
            : token.IsWord("end") ? (Stop.Environment, "an \\end has no \\begin")
            : ((Stop?)null, "");
        if (closes is null)
        {
            return token.Is(']') && stop == Stop.Bracket;
        }

        return closes == stop ? true : throw new RefusedException(problem);
    }

    /// <summary>A column (&amp;) or row (\\) of a matrix or cases, directly inside it: elsewhere TeX stops.</summary>
    private int Alignment(TexMathToken token, Stop stop, string? environment, int columns)
    {
        if (stop != Stop.Environment || environment is null)
        {
            throw new RefusedException($"'{token}' stands outside a matrix, cases or aligned");
        }

        if (token.Is('&'))
        {
            return columns < TexMathCommands.Environments[environment] ? columns + 1 : throw new RefusedException($"a row of {environment} has too many columns");
        }

        SkipSpaces();
        return _position < _tokens.Count && _tokens[_position].Is('[') ? throw new RefusedException("'\\\\' is followed by '['") : 0;
    }

    /// <summary>Superscripts, subscripts and primes: one of each to a nucleus, as TeX allows.</summary>
    private bool Script(TexMathToken token, ref ScriptState s)
    {
        if (token.Is('\''))
        {
            s = s.PrimeOpen ? s : !s.Sup ? new ScriptState(true, s.Sub, true) : throw new RefusedException("it has a double superscript");
            return true;
        }

        if (!token.Is('^') && !token.Is('_'))
        {
            return false;
        }

        var sup = token.Is('^');
        if (sup ? s.Sup && !s.PrimeOpen : s.Sub)
        {
            throw new RefusedException(sup ? "it has a double superscript" : "it has a double subscript");
        }

        s = new ScriptState(s.Sup || sup, s.Sub || !sup, false);
        Argument(token);
        return true;
    }

    private void Atom(TexMathToken token, Stop stop)
    {
        if (token.Is('{'))
        {
            Group();
        }
        else if (token.Is(']') && _inBracket)
        {
            throw new RefusedException("a ']' inside \\left…\\right would end \\sqrt's optional argument");
        }
        else if (token.IsSymbol)
        {
            if (!TexMathCommands.ControlSymbols.Contains(token.Name![0], StringComparison.Ordinal))
            {
                throw new RefusedException($"'{token}' is not among the math the print edition typesets");
            }
        }
        else if (token.IsCommand)
        {
            Command(token.Name!, stop);
        }
        else if (!char.IsAsciiLetterOrDigit(token.Character) && !TexMathCommands.MathCharacters.Contains(token.Character, StringComparison.Ordinal))
        {
            throw new RefusedException($"the character '{token.Character}' (U+{(int)token.Character:X4}) is not among the math the print edition typesets");
        }
    }

    private void Command(string name, Stop stop)
    {
        if (TexMathCommands.Symbols.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case var _ when TexMathCommands.OneArgument.Contains(name):
                Argument(new TexMathToken(name, '\\', false));
                break;
            case var _ when TexMathCommands.TwoArguments.Contains(name):
                Argument(new TexMathToken(name, '\\', false));
                Argument(new TexMathToken(name, '\\', false));
                break;
            case var _ when TexMathCommands.TextArgument.Contains(name):
                TextArgument(name);
                break;
            case var _ when TexMathCommands.Sized.Contains(name):
            case "middle" when stop == Stop.Right:
                Delimiter(name);
                break;
            case "sqrt":
                Root();
                break;
            case "left":
                LeftRight();
                break;
            case "begin":
                Environment();
                break;
            default:
                throw new RefusedException($"'\\{name}' is not among the math commands the print edition typesets");
        }
    }

    private void Group()
    {
        var inBracket = _inBracket;
        _inBracket = false; // a ']' in braces does not end \sqrt's optional argument
        Sequence(Stop.Brace, null);
        _position++;
        _inBracket = inBracket;
    }

    /// <summary>A command's or script's argument: a group, a math character or a symbol.</summary>
    private void Argument(TexMathToken of)
    {
        SkipSpaces();
        if (_position == _tokens.Count)
        {
            throw new RefusedException($"'{of}' lacks its argument");
        }

        var token = _tokens[_position++];
        var fits = token.Is('{') || (!token.IsCommand && (char.IsAsciiLetterOrDigit(token.Character) || "+-=*/()<>|.,;:!?".Contains(token.Character, StringComparison.Ordinal)))
            || (token.IsSymbol && "{}|,;:!".Contains(token.Name![0], StringComparison.Ordinal))
            || (token.IsCommand && !token.IsSymbol && TexMathCommands.ScriptSymbols.Contains(token.Name!));
        if (!fits)
        {
            throw new RefusedException($"'{of}' is followed by '{token}', which TeX cannot take as its argument");
        }

        if (token.Is('{'))
        {
            Group();
        }
    }

    private void Root()
    {
        SkipSpaces();
        if (_position < _tokens.Count && _tokens[_position].Is('['))
        {
            if (_inBracket)
            {
                throw new RefusedException("a \\sqrt with an optional argument stands in another's (brace it): its ']' would end the outer one");
            }

            _position++;
            var inBracket = _inBracket;
            _inBracket = true;
            Sequence(Stop.Bracket, null);
            _position++;
            _inBracket = inBracket;
        }

        Argument(new TexMathToken("sqrt", '\\', false));
    }

    private void LeftRight()
    {
        Delimiter("left");
        Sequence(Stop.Right, null);
        _position++;
        Delimiter("right");
    }

    private void Delimiter(string of)
    {
        SkipSpaces();
        var token = _position < _tokens.Count ? _tokens[_position++] : default;
        var fits = (token.Name is null && token.Character != '\0' && "()[]|./<>".Contains(token.Character, StringComparison.Ordinal) && !(token.Is(']') && _inBracket))
            || (token.IsSymbol && "{}|".Contains(token.Name![0], StringComparison.Ordinal))
            || (token.IsCommand && !token.IsSymbol && TexMathCommands.Delimiters.Contains(token.Name!));
        if (!fits)
        {
            throw new RefusedException($"'\\{of}' is not followed by a delimiter");
        }
    }

    private void Environment()
    {
        var name = EnvironmentName("begin");
        if (_inBracket)
        {
            // TeX reads \sqrt's optional argument as a macro's: an alignment there, unbraced, breaks it.
            throw new RefusedException($"the environment '{name}' stands in \\sqrt's optional argument (brace it)");
        }

        if (!TexMathCommands.Environments.ContainsKey(name))
        {
            throw new RefusedException($"the environment '{name}' is not among the math the print edition typesets");
        }

        Sequence(Stop.Environment, name);
        _position++;
        if (EnvironmentName("end") != name)
        {
            throw new RefusedException($"\\begin{{{name}}} is closed by another \\end");
        }
    }

    private string EnvironmentName(string of)
    {
        SkipSpaces();
        var name = new System.Text.StringBuilder();
        if (_position < _tokens.Count && _tokens[_position].Is('{'))
        {
            for (_position++; _position < _tokens.Count && !_tokens[_position].IsCommand && char.IsAsciiLetter(_tokens[_position].Character); _position++)
            {
                name.Append(_tokens[_position].Character);
            }

            if (_position < _tokens.Count && _tokens[_position].Is('}'))
            {
                _position++;
                return name.ToString();
            }
        }

        throw new RefusedException($"'\\{of}' is not followed by an environment's name in braces");
    }

    /// <summary>\text{…}: letters, digits, spaces and plain punctuation only (text mode has other special characters).</summary>
    private void TextArgument(string of)
    {
        SkipSpaces();
        if (_position < _tokens.Count && _tokens[_position].Is('{'))
        {
            for (_position++; _position < _tokens.Count && !_tokens[_position].IsCommand && !_tokens[_position].Is('}'); _position++)
            {
                var c = _tokens[_position].Character;
                if (!char.IsLetterOrDigit(c) && !TexMathCommands.TextCharacters.Contains(c, StringComparison.Ordinal))
                {
                    throw new RefusedException($"the text of '\\{of}' holds '{c}', which the print edition does not typeset there");
                }
            }

            if (_position < _tokens.Count && _tokens[_position].Is('}'))
            {
                _position++;
                return;
            }
        }

        throw new RefusedException($"'\\{of}' takes plain text in braces only");
    }

    private void SkipSpaces()
    {
        while (_position < _tokens.Count && _tokens[_position].Is(' '))
        {
            _position++;
        }
    }

    /// <summary>What the current nucleus has: a superscript, a subscript, and whether primes are still open (x'^2 joins them).</summary>
    private readonly record struct ScriptState(bool Sup, bool Sub, bool PrimeOpen);
}
