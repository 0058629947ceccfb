using System.Collections;
using System.Collections.Generic;

namespace PyAot.Runtime;

/// <summary>
/// The namespace a class body runs in: names in definition order, handed to <see cref="PyType.CreateClass"/>.
/// Reads fall back to the module's globals and the builtins (CPython's LOAD_NAME in a class body).
/// </summary>
public sealed class ClassNamespace : IEnumerable<KeyValuePair<string, PyValue>>
{
    private readonly Dictionary<string, PyValue> _values = new();
    private readonly List<string> _order = new();

    public void Set(string name, PyValue value)
    {
        if (!_values.ContainsKey(name))
            _order.Add(name);
        _values[name] = value;
    }

    /// <summary>A walrus in a class body: stores and returns the value.</summary>
    public PyValue Store(string name, PyValue value)
    {
        Set(name, value);
        return value;
    }

    /// <summary>The class-body value of <paramref name="name"/>, if the body bound it.</summary>
    public bool TryGet(string name, out PyValue value) => _values.TryGetValue(name, out value);

    public void Delete(string name)
    {
        if (!_values.Remove(name))
            throw PyException.NameError(name);
        _order.Remove(name);
    }

    /// <summary>Removes <paramref name="name"/> if bound (the implicit unbinding of <c>except E as name</c>).</summary>
    public void Unbind(string name)
    {
        if (_values.Remove(name))
            _order.Remove(name);
    }

    public IEnumerator<KeyValuePair<string, PyValue>> GetEnumerator()
    {
        foreach (var name in _order)
            yield return new KeyValuePair<string, PyValue>(name, _values[name]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
