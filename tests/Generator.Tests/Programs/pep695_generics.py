# PEP 695 generic functions and classes: type parameters, their laziness, __type_params__ and Generic
import typing
def f[T, U: int, V: (str, bytes)](a: T, b: U = 3, *, c: V = "x") -> T:
    return a
print(f.__name__, f.__qualname__, f.__type_params__, f.__annotations__, f.__defaults__, f.__kwdefaults__)
T, U, V = f.__type_params__
print(type(T), T.__name__, T.__bound__, T.__constraints__, U.__bound__, V.__constraints__, T.__infer_variance__, T.__covariant__)
class Box[T]:
    "doc"
    x = 1
    def get[S](self, s: S) -> tuple[T, S]: return (T, S)
print(list(Box.__dict__), Box.__type_params__, Box.__bases__, Box.__orig_bases__, Box.__parameters__, Box.__mro__)
print(Box.get.__qualname__, Box().get(1), Box[int], Box.get.__type_params__)
type A = list[int]
type B[K, W] = dict[K, W]
print(A, type(A), A.__value__, A.__name__, A.__type_params__, A.__module__, B[str, int], B.__type_params__, B.__value__)
print(A | None)
def g():
    class Inner[Q]:
        def m(self): return Q
    return Inner
print(g().__qualname__, g()().m())
try:
    def h[T](x=T): pass
except NameError as e: print(e)
type Lazy = Undefined
try: Lazy.__value__
except NameError as e: print(e)
def k[T: Undefined2](): pass
try: k.__type_params__[0].__bound__
except NameError as e: print(e)
print(isinstance(A, typing.TypeAliasType), typing.TypeVar)
class Sub(Box[int]): pass
print(Sub.__orig_bases__, Sub.__parameters__)
