# PEP 526 variable annotations and PEP 3107 function annotations, as CPython 3.12 evaluates and stores them.
def t(tag, value=int):
    print("eval", tag)
    return value


x: t("module ann") = t("module value", 1)
y: t("no value")
(z): t("parenthesized") = 3
print(__annotations__, x, z)


class Point:
    px: t("class ann") = t("class value", 0)
    py: "float"
    __private: int = 5
    (paren): t("class parenthesized") = 1

    def __init__(self) -> None:
        self.px: t("never evaluated") = 1
        self.tags: list[str] = []
        local: undefined_name = 2
        self.total: int
        print("init", self.px, self.tags, local)


print(Point.__annotations__)
p = Point()
print(p.px, p.tags, p.__annotations__ is Point.__annotations__)

d = {}
d["k"]: t("subscript ann") = t("subscript value", 3)
d[t("key only", "j")]: t("subscript no value")
print(d)


class Holder:
    pass


h = Holder()
h.attr: t("attribute ann") = 9
print(h.attr)
try:
    missing.attr: int
except NameError as e:
    print("NameError", e)


class Plain:
    pass


class Child(Point):
    pass


print(Plain.__annotations__, Child.__annotations__, Plain.__annotations__ is Plain.__annotations__)
Child.__annotations__ = {"q": 1}
print(Child.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)


def d_(tag):
    print("default", tag)
    return tag


def f(a: t(1) = d_("a"), /, b: t(2) = d_("b"), *c: t(3), e: t(4) = d_("e"), **g: t(5)) -> t(6):
    pass


print(f.__annotations__)


def g():
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"r": 2}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 3
except TypeError as e:
    print(e)
del g.__annotations__
print(g.__annotations__, (lambda q: q).__annotations__)


def outer():
    def inner(v: t("inner", float)) -> "str":
        return str(v)
    return inner


print(outer().__annotations__)


class Methods:
    def m(self, n: int, *, k: bool = False) -> list[int]:
        return [n]


print(Methods.m.__annotations__, Methods().m.__annotations__)
