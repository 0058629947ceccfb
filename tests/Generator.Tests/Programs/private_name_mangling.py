# Private name mangling (__x inside a class means _Class__x), as CPython 3.12's compiler does it.
class Base:
    __count = 0

    def __init__(self):
        self.__value = "base"
        Base.__count += 1

    def base_value(self):
        return self.__value

    def __secret(self):
        return "Base.__secret"

    def call_secret(self):
        return self.__secret()


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__value = "derived"

    def derived_value(self):
        return self.__value

    def __secret(self):
        return "Derived.__secret"


d = Derived()
print(d.base_value(), d.derived_value(), d._Base__value, d._Derived__value)
print(d.call_secret(), d._Derived__secret(), Base._Base__count)
print(Derived._Derived__secret.__name__, Derived._Derived__secret.__qualname__)
try:
    d.__value
except AttributeError as e:
    print("AttributeError:", e)


class Outer:
    __tag = "outer"

    class __Inner:
        __tag = "inner"

        def tag(self):
            return self.__tag

    def inner(self):
        return self.__Inner().tag(), self.__Inner.__name__, self.__Inner.__qualname__

    def nested(self):
        def helper(__p=1):
            return self.__tag, __p
        return helper(), [self.__tag for __i in range(2)], (lambda __q: __q)(3)

    def params(self, __p, q=0):
        return __p, q

    def uses_global(self):
        global __g
        __g = "set through global"
        return __g


o = Outer()
print(o.inner(), o.nested(), Outer._Outer__tag, Outer._Outer__Inner._Inner__tag)
print(o.params(1), o.params(_Outer__p=2))
try:
    o.params(__p=3)
except TypeError as e:
    print("TypeError:", e)
print(o.uses_global(), _Outer__g)


class ___:
    __kept = "not mangled"


print(___.__kept)


class Dunders:
    __slots_like__ = "ends with two underscores"
    __ = "two underscores only"

    def __init__(self):
        self.__dunder__ = 1


print(Dunders.__slots_like__, Dunders.__, Dunders().__dunder__)


class Importer:
    from helper_private import __hidden
    import helper_private as __alias

    def get(self):
        return self.__hidden, self.__alias.__name__

    def handler(self):
        try:
            raise ValueError("v")
        except ValueError as __err:
            return type(__err).__name__


print(Importer().get(), Importer().handler(), Importer._Importer__hidden)


class Matcher:
    def match(self, value):
        match value:
            case [__first, *__rest]:
                return __first, __rest
            case {"k": __v, **__others}:
                return __v, __others
            case __other:
                return __other


print(Matcher().match([1, 2, 3]), Matcher().match({"k": 1, "j": 2}), Matcher().match(5))


class Annotated:
    __a: int = 1
    b: str

    def f(self, __x: int) -> None:
        pass


print(Annotated.__annotations__, Annotated.f.__annotations__)


class _Underscored:
    __x = 1


print(_Underscored._Underscored__x)
