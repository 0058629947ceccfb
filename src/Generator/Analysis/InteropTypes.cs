using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;

namespace PyAot.Generator.Analysis;

/// <summary>
/// The C# type a Python annotation names at a typed entry point, and how a value crosses the boundary each way:
/// <c>int</c> is <c>long</c>, <c>float</c> <c>double</c>, <c>bool</c>, <c>str</c> <c>string</c>, <c>None</c> (a
/// result) <c>void</c>, <c>list[T]</c> an <c>IReadOnlyList&lt;T&gt;</c> argument and a <c>List&lt;T&gt;</c> result,
/// <c>dict[K, V]</c> an <c>IReadOnlyDictionary&lt;K, V&gt;</c> argument and a <c>Dictionary&lt;K, V&gt;</c> result,
/// <c>tuple[A, B]</c> and <c>tuple[A, B, C]</c> value tuples, <c>Optional[T]</c> / <c>T | None</c> a nullable
/// <c>T?</c>, a class of the module that has a typed wrapper that wrapper. Anything else (no annotation, <c>Any</c>,
/// another class) is a <c>PyValue</c>, passed as it is.
/// </summary>
internal abstract class InteropType
{
    public static readonly InteropType Value = new Plain("PyValue", "{0}", "{0}");

    /// <summary>The type of an argument.</summary>
    public abstract string Argument { get; }

    /// <summary>The type of a result.</summary>
    public virtual string Result => Argument;

    /// <summary>Whether the value crosses as a <c>PyValue</c>, unconverted.</summary>
    public bool IsValue => ReferenceEquals(this, Value);

    /// <summary>C# that turns <paramref name="expr"/> (of <see cref="Argument"/>) into a PyValue; <paramref name="depth"/>
    /// names the lambdas of nested conversions.</summary>
    public abstract string ToPython(string expr, int depth);

    /// <summary>C# that turns the PyValue <paramref name="expr"/> into a <see cref="Result"/>.</summary>
    public abstract string FromPython(string expr, int depth);

    /// <summary>The type <paramref name="annotation"/> names (<see cref="Value"/> when none is known);
    /// <paramref name="classes"/>: the module's classes with a typed wrapper, which an annotation may name (Python name
    /// to the wrapper's C# name).</summary>
    public static InteropType Of(Expr? annotation, IReadOnlyDictionary<string, string>? classes = null) => annotation switch
    {
        Name { Id: var id } when classes is not null && classes.TryGetValue(id, out var wrapper) => new WrapperType(wrapper),
        Name { Id: "int" } => new Plain("long", "PyValue.FromInt({0})", "Interop.ToInt64({0})"),
        Name { Id: "float" } => new Plain("double", "PyValue.FromFloat({0})", "Interop.ToDouble({0})"),
        Name { Id: "bool" } => new Plain("bool", "PyValue.FromBool({0})", "Interop.ToBool({0})"),
        Name { Id: "str" } => new Plain("string", "Interop.FromString({0})", "Interop.ToStr({0})"),
        Subscript { Value: Name { Id: "list" or "List" } or Attribute { Attr: "List" }, Slice: var item } when Of(item, classes) is { IsValue: false } t =>
            new ListType(t),
        Subscript { Value: Name { Id: "dict" or "Dict" } or Attribute { Attr: "Dict" }, Slice: Tuple { Elts: { Count: 2 } kv } }
            when Of(kv[0], classes) is { IsValue: false, IsNullable: false, CanBeKey: true } key && Of(kv[1], classes) is { IsValue: false } value => new DictType(key, value),
        Subscript { Value: Name { Id: "tuple" or "Tuple" } or Attribute { Attr: "Tuple" }, Slice: Tuple { Elts: { Count: 2 or 3 } items } }
            when items.Select(i => Of(i, classes)).ToList() is var ts && ts.All(t => !t.IsValue) => new TupleType(ts),
        Subscript { Value: Name { Id: "Optional" } or Attribute { Attr: "Optional" }, Slice: var inner } when Of(inner, classes) is { IsValue: false, IsNullable: false } t =>
            new NullableType(t),
        BinOp { Op: Operator.BitOr, Left: var l, Right: Constant { Value: null } } when Of(l, classes) is { IsValue: false, IsNullable: false } t => new NullableType(t),
        BinOp { Op: Operator.BitOr, Left: Constant { Value: null }, Right: var r } when Of(r, classes) is { IsValue: false, IsNullable: false } t => new NullableType(t),
        _ => Value,
    };

    public virtual bool IsNullable => false;

    /// <summary>Whether a C# dictionary keyed by it has Python's keys (equal values; not a wrapper's identity).</summary>
    public virtual bool CanBeKey => false;

    /// <summary>Whether the C# type is a value type (a nullable of it reads <c>.Value</c>).</summary>
    public virtual bool IsValueType => false;

    private static string Lambda(int depth) => "v" + depth;

    private sealed class Plain(string type, string toPython, string fromPython) : InteropType
    {
        public override string Argument => type;
        public override bool IsValueType => type is "long" or "double" or "bool";
        public override bool CanBeKey => true;
        public override string ToPython(string expr, int depth) => string.Format(toPython, expr);
        public override string FromPython(string expr, int depth) => string.Format(fromPython, expr);
    }

    private sealed class ListType(InteropType item) : InteropType
    {
        public override string Argument => $"global::System.Collections.Generic.IReadOnlyList<{item.Argument}>";
        public override string Result => $"global::System.Collections.Generic.List<{item.Result}>";
        public override string ToPython(string expr, int depth) =>
            $"Interop.FromList({expr}, static {Lambda(depth)} => {item.ToPython(Lambda(depth), depth + 1)})";
        public override string FromPython(string expr, int depth) =>
            $"Interop.ToList({expr}, static {Lambda(depth)} => {item.FromPython(Lambda(depth), depth + 1)})";
    }

    private sealed class DictType(InteropType key, InteropType value) : InteropType
    {
        public override string Argument => $"global::System.Collections.Generic.IReadOnlyDictionary<{key.Argument}, {value.Argument}>";
        public override string Result => $"global::System.Collections.Generic.Dictionary<{key.Result}, {value.Result}>";
        public override string ToPython(string expr, int depth) =>
            $"Interop.FromDict({expr}, static {Lambda(depth)} => {key.ToPython(Lambda(depth), depth + 1)}, static {Lambda(depth)} => {value.ToPython(Lambda(depth), depth + 1)})";
        public override string FromPython(string expr, int depth) =>
            $"Interop.ToDict({expr}, static {Lambda(depth)} => {key.FromPython(Lambda(depth), depth + 1)}, static {Lambda(depth)} => {value.FromPython(Lambda(depth), depth + 1)})";
    }

    private sealed class TupleType(List<InteropType> items) : InteropType
    {
        public override string Argument => "(" + string.Join(", ", items.Select(i => i.Argument)) + ")";
        public override string Result => "(" + string.Join(", ", items.Select(i => i.Result)) + ")";
        public override bool IsValueType => true;
        public override bool CanBeKey => items.All(i => i.CanBeKey);
        public override string ToPython(string expr, int depth) =>
            "Interop.FromTuple(" + string.Join(", ", items.Select((t, i) => t.ToPython($"{expr}.Item{i + 1}", depth))) + ")";
        public override string FromPython(string expr, int depth) =>
            $"Interop.ToTuple({expr}, " + string.Join(", ", items.Select(t => $"static {Lambda(depth)} => {t.FromPython(Lambda(depth), depth + 1)}")) + ")";
    }

    /// <summary>A class of the module with a typed wrapper (<c>Typed.Name</c>): its instance crosses inside it.</summary>
    private sealed class WrapperType(string name) : InteropType
    {
        public override string Argument => name;
        public override string ToPython(string expr, int depth) => $"Interop.Unwrap({expr})";
        public override string FromPython(string expr, int depth) => $"{name}.FromPython({expr})";
    }

    private sealed class NullableType(InteropType inner) : InteropType
    {
        public override string Argument => inner.Argument + "?";
        public override string Result => inner.Result + "?";
        public override bool IsNullable => true;
        public override string ToPython(string expr, int depth) =>
            $"({expr} is {{ }} {Lambda(depth)} ? {inner.ToPython(Lambda(depth), depth + 1)} : PyValue.None)";
        public override string FromPython(string expr, int depth) =>
            $"Interop.ToOptional({expr}, static {Lambda(depth)} => ({Result}){inner.FromPython(Lambda(depth), depth + 1)})";
    }
}
