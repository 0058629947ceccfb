using System.Text;

namespace PyAot.Generator.Lowering;

/// <summary>An indenting text writer for generated C#.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public int Indent
    {
        get => _indent;
        set => _indent = value;
    }

    public CodeWriter Line(string text)
    {
        _sb.Append(' ', _indent * 4).Append(text).Append('\n');
        return this;
    }

    public CodeWriter Line() 
    {
        _sb.Append('\n');
        return this;
    }

    /// <summary>A preprocessor directive: always in column 0.</summary>
    public CodeWriter Directive(string text)
    {
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
                _sb.Append(line).Append('\n');
            else
                _sb.Append(prefix).Append(line).Append('\n');
        }
    }

    public int Length => _sb.Length;

    public override string ToString() => _sb.ToString();
}
