using System.Text;

namespace PyAot.Generator.Lowering;

/// <summary>
/// An indenting text writer for generated C#. A <c>#line N "file.py"</c> directive maps only the line after it to
/// line N (the next one would be N+1), so while one is in effect it is repeated before each further line of code:
/// every C# line of a statement lowered to several lines maps to the statement's Python line (tracebacks).
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;
    /// <summary>The <c>#line N "file"</c> in effect (null: none, hidden or default).</summary>
    private string? _lineDirective;
    /// <summary>No code line written since <see cref="_lineDirective"/>.</summary>
    private bool _directiveFresh;
    /// <summary>A <c>#line hidden</c> was written for a brace since the last code line (while a directive is in effect).</summary>
    private bool _hiddenSince;

    public int Indent
    {
        get => _indent;
        set => _indent = value;
    }

    public CodeWriter Line(string text)
    {
        BeforeCode(text);
        _sb.Append(' ', _indent * 4).Append(text).Append('\n');
        return this;
    }

    private void BeforeCode(string text)
    {
        string t = text.Trim();
        if (t is "{" or "}" && _lineDirective is not null && !_hiddenSince)
        {
            // A brace has no Python line: the sequence point C# may give it (a block's end) is hidden, rather than
            // on the line after the statement's (a line the .py file may not have). The next code line maps again.
            _sb.Append("#line hidden\n");
            _hiddenSince = true;
            _directiveFresh = false;
            return;
        }
        if (t is "{" or "}" or "" || t.StartsWith("//", System.StringComparison.Ordinal))
            return; // no code of its own
        _hiddenSince = false;
        if (_lineDirective is not null && !_directiveFresh)
            _sb.Append(_lineDirective).Append('\n');
        _directiveFresh = false;
    }

    private void Track(string directive)
    {
        if (!directive.StartsWith("#line", System.StringComparison.Ordinal))
            return;
        string rest = directive.Substring(5).Trim();
        _lineDirective = rest.Length > 0 && char.IsDigit(rest[0]) ? directive : null;
        _directiveFresh = true;
        _hiddenSince = false;
    }

    public CodeWriter Line() 
    {
        _sb.Append('\n');
        return this;
    }

    /// <summary>A preprocessor directive: always in column 0.</summary>
    public CodeWriter Directive(string text)
    {
        Track(text);
        _sb.Append(text).Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string tail = "}")
    {
        _indent--;
        Line(tail);
        return this;
    }

    public void Append(CodeWriter other, int extraIndent)
    {
        if (other._sb.Length == 0)
            return;
        var prefix = new string(' ', (_indent + extraIndent) * 4);
        foreach (var line in other._sb.ToString().Split('\n'))
        {
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                Track(line);
                _sb.Append(line).Append('\n');
            }
            else
            {
                BeforeCode(line);
                _sb.Append(prefix).Append(line).Append('\n');
            }
        }
    }

    public int Length => _sb.Length;

    public override string ToString() => _sb.ToString();
}
