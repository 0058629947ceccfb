square = lambda x: x * x
print(square(7), (lambda: 42)(), (lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, 2))
print(square.__name__)
fs = {name: (lambda n: lambda x: x ** n)(n) for name, n in [("sq", 2), ("cube", 3)]}
print(fs["sq"](4), fs["cube"](2))
