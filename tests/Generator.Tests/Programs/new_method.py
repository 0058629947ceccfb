# __new__: a class's own is called at instantiation (then __init__ when it returned an instance of the class);
# object.__new__ and super().__new__ make a bare instance, with object_new's checks.
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)


a = A(1)
print(type(a).__name__)


class B(A):
    pass


b = B(2)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance


print(Singleton() is Singleton())


class Other:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never")


print(Other(21))


class Plain:
    def __init__(self):
        self.x = 1


p = Plain.__new__(Plain)
print(type(p).__name__, hasattr(p, "x"))
q = object.__new__(Plain)
print(type(q).__name__, vars(q))


class E(Exception):
    def __new__(cls, *args):
        print("E.__new__", args)
        return super().__new__(cls, *args)


e = E("m", 2)
print(e.args, repr(e))


class Bad:
    def __new__(cls, x):
        return super().__new__(cls, x)


for f in (lambda: Bad(1), lambda: object.__new__(Plain, 1), lambda: object.__new__(5), lambda: object.__new__(int)):
    try:
        f()
    except TypeError as exc:
        print("TypeError", exc)
