namespace PyAot.Runtime;

/// <summary>
/// A variable shared between a function and the functions nested in it (CPython's cell). The owner and every
/// closure read and write <see cref="Value"/>; <c>default</c> means unbound.
/// </summary>
public sealed class PyCell
{
    public PyValue Value;

    public PyCell()
    {
    }

    public PyCell(PyValue value) => Value = value;
}
