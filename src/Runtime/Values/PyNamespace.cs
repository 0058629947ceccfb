using System.Collections.Generic;
using System.Text;

namespace PyAot.Runtime;

/// <summary><c>types.SimpleNamespace</c>: attributes in insertion order, shown as <c>namespace(a=1, b=2)</c>.</summary>
public sealed class PyNamespace : PyObject
{
    private readonly List<string> _order = new();
    private readonly Dictionary<string, PyValue> _attrs = new(System.StringComparer.Ordinal);

    public override PyType Type => PyTypes.SimpleNamespace;

    public void Set(string name, PyValue value)
    {
        if (!_attrs.ContainsKey(name))
            _order.Add(name);
        _attrs[name] = value;
    }

    public override bool TryGetAttr(string name, out PyValue value) =>
        _attrs.TryGetValue(name, out value) || base.TryGetAttr(name, out value);

    public override void SetAttr(string name, PyValue value) => Set(name, value);

    public override string Repr()
    {
        var sb = new StringBuilder("namespace(");
        for (int i = 0; i < _order.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(_order[i]).Append('=').Append(PyOps.Repr(_attrs[_order[i]]));
        }
        return sb.Append(')').ToString();
    }
}
