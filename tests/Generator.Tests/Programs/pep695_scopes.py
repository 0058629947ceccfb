# PEP 695 scopes: what each annotation scope sees, evaluation order, qualnames
# PEP 695 edge cases: evaluation order, laziness, scoping
order = []
def note(x):
    order.append(x)
    return x
def deco(tag):
    note(f"deco {tag}")
    def apply(fn):
        note(f"apply {tag} to {fn.__name__}")
        return fn
    return apply
@deco("a")
@deco("b")
def gen[T: note("bound")](x=note("default"), *, y=note("kwdefault")) -> note("return"):
    return x, y
print(order)
T, = gen.__type_params__
print(T.__bound__, order[-1], gen(), gen.__kwdefaults__, gen.__defaults__, gen.__annotations__)

type Tree = list[Tree] | int
print(Tree.__value__, Tree.__value__.__args__[0].__args__[0] is Tree)

class Outer:
    def method[M](self, m: M) -> list[M]:
        return [m]
    class Inner[I]:
        def pair[J](self, i: I, j: J) -> tuple[I, J]:
            return (i, j)
print(Outer.method.__qualname__, Outer().method(1), Outer.method.__type_params__)
print(Outer.Inner.__qualname__, Outer.Inner.pair.__qualname__, Outer.Inner.pair.__annotations__)
print(Outer.Inner.__type_params__, Outer.Inner.pair.__type_params__, Outer.Inner().pair(1, "a"))

def factory():
    captured = "c"
    class Local[L]:
        def get(self):
            return captured, L
    type LocalAlias[K] = dict[K, L] if False else dict[K, str]
    return Local, LocalAlias
Local, LocalAlias = factory()
print(Local.__qualname__, Local().get(), LocalAlias, LocalAlias.__value__, LocalAlias[int])

class Base[B]:
    def __init__(self, v: B):
        self.v = v
class Child[C](Base[C]):
    pass
print(Child.__bases__, Child.__orig_bases__, Child.__parameters__, Child(5).v, Child[int])
print(Child.__mro__)

def constrained[S: (int, str)](s: S) -> S:
    return s
S, = constrained.__type_params__
print(S.__constraints__, S.__bound__, repr(S), S.__covariant__, S.__contravariant__, constrained("x"))

def uses_itself[U: list["U"]]():
    pass
print(uses_itself.__type_params__[0].__bound__)

type Alias[A1, A2] = tuple[A1, A2]
print(Alias.__parameters__, Alias[int, str], Alias[int, str].__args__, Alias.__type_params__[0] is Alias.__parameters__[0])
print(Alias | None, None | Alias, int | Alias, Alias | Tree)

try:
    Child[int, str]
except TypeError as e:
    print("TypeError:", e)

def outer_var():
    T = "shadowed"
    def inner[T](x: T) -> T:
        return x
    return T, inner.__type_params__
print(outer_var())

import typing
print(isinstance(Alias, typing.TypeAliasType), type(T).__module__, T.__module__)
print([tp.__name__ for tp in gen.__type_params__], typing.TypeAliasType("Made", int), typing.TypeAliasType("Made", int).__value__)
try:
    typing.TypeAliasType(1, int)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
print(Plain.__type_params__, int.__type_params__, (lambda: 0).__type_params__)
