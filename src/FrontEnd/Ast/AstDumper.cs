using System.Collections;
using System.Text;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// Prints a tree exactly as CPython 3.12's <c>ast.dump(tree)</c> does (and with <c>include_attributes=True</c>
/// when <c>positions</c> is set). The per-node field lists are generated (AstDumper.g.cs).
/// </summary>
public static partial class AstDumper
{
    public static string Dump(Node node, bool positions = false) =>
        LargeStack.Run(node, () =>
        {
            var w = new DumpWriter(positions);
            w.Write(node);
            return w.ToString();
        });

    /// <summary>Writes nodes in ast.dump's format: <c>Name(field=value, ...)</c>, optional fields left out when absent.</summary>
    internal sealed class DumpWriter(bool positions)
    {
        private readonly StringBuilder _sb = new();
        private bool _first;

        public void Write(Node node)
        {
            _sb.Append(node.PythonName).Append('(');
            bool saved = _first;
            _first = true;
            DumpFields(node, this);
            if (positions && node.HasPosition)
            {
                Int("lineno", node.Lineno);
                Int("col_offset", node.ColOffset);
                Int("end_lineno", node.EndLineno);
                Int("end_col_offset", node.EndColOffset);
            }
            _first = saved;
            _sb.Append(')');
        }

        private StringBuilder Field(string name)
        {
            if (!_first)
                _sb.Append(", ");
            _first = false;
            return _sb.Append(name).Append('=');
        }

        public void Node(string name, Node value)
        {
            Field(name);
            Write(value);
        }

        public void OptionalNode(string name, Node? value)
        {
            if (value is not null)
                Node(name, value);
        }

        public void List(string name, IList values)
        {
            Field(name).Append('[');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                    _sb.Append(", ");
                switch (values[i])
                {
                    case Node n:
                        bool saved = _first;
                        Write(n);
                        _first = saved;
                        break;
                    case string s:
                        _sb.Append(PyLiteral.Repr(s));
                        break;
                    case System.Enum e:
                        _sb.Append(e.ToString()).Append("()");
                        break;
                    default:
                        _sb.Append("None");
                        break;
                }
            }
            _sb.Append(']');
        }

        public void String(string name, string value) => Field(name).Append(PyLiteral.Repr(value));

        public void OptionalString(string name, string? value)
        {
            if (value is not null)
                String(name, value);
        }

        public void Int(string name, int value) => Field(name).Append(value);

        public void OptionalInt(string name, int? value)
        {
            if (value is int v)
                Int(name, v);
        }

        public void Enum(string name, string value) => Field(name).Append(value).Append("()");

        public void Constant(string name, object? value) => Field(name).Append(PyLiteral.Repr(value));

        public override string ToString() => _sb.ToString();
    }
}
