// C# calling Python with C# types. Each annotated function of inventory.py has a typed entry point in the generated
// class PyAot.Modules.inventory.Typed: int is long, float double, str string, list[T] IReadOnlyList<T> (List<T> as
// a result), dict[K, V] IReadOnlyDictionary<K, V> (Dictionary<K, V>), tuple[A, B] (A, B), T | None T?, and a class
// with annotated methods, Shelf, the wrapper inventory.Typed.Shelf. A Python exception reaches C# as a PyException.
using PyAot.Modules;
using PyAot.Runtime;

Console.WriteLine($"add(2, 3) = {inventory.Typed.add(2, 3)}");
Console.WriteLine($"average = {inventory.Typed.average([1.5, 2.5, 4.0])}");

var stock = new Dictionary<string, long> { ["apples"] = 12, ["pears"] = 0 };
Console.WriteLine($"apples: {inventory.Typed.in_stock(stock, "apples")}, plums: {inventory.Typed.in_stock(stock, "plums", -1)}");
Console.WriteLine($"find ap: {inventory.Typed.find(["pear", "apple"], "ap") ?? "none"}, find x: {inventory.Typed.find(["pear"], "x") ?? "none"}");

var (each, left) = inventory.Typed.split(17, 5);
Console.WriteLine($"split(17, 5) = ({each}, {left})");

foreach (var (name, count) in inventory.Typed.restock(stock, 3))
    Console.WriteLine($"restocked {name}: {count}");

inventory.Typed.report(["count the apples", "order pears"]);

// A class with annotated methods is a C# type too.
var leftShelf = new inventory.Typed.Shelf("left");
var rightShelf = new inventory.Typed.Shelf("right", capacity: 3);
leftShelf.put("apples", 4);
Console.WriteLine($"apples on the left: {leftShelf.put("apples", 2)}");
rightShelf.put("pears", 3);
foreach (var (item, count) in inventory.Typed.biggest([leftShelf, rightShelf]).contents())
    Console.WriteLine($"biggest shelf holds {count} {item}");
try
{
    rightShelf.put("plums", 1);
}
catch (PyException e)
{
    Console.WriteLine($"Python raised {e.Message}");
}

try
{
    inventory.Typed.average([]);
}
catch (PyException e)
{
    Console.WriteLine($"Python raised {e.Message}");
}
