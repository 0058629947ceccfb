# Class instantiation through the fixed-arity call path and method calls through inlined site caches:
# __init__ returning non-None, rebinding __init__ and the class name, subclasses, argument errors, exceptions.


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class Q(P):
    def __init__(self, x):
        P.__init__(self, x, x * 10)


class NoInit:
    pass


class BadInit:
    def __init__(self, v):
        return v


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


def show(o):
    print(type(o).__name__, sorted(o.__dict__.items()))


show(P(1))
show(P(1, 3))
show(Q(4))
show(NoInit())
print(repr(E(1, 2)), E(1, 2).args)
for f, args in [(P, ()), (P, (1, 2, 3)), (NoInit, (1,)), (BadInit, (7,)), (BadInit, ("s",)), (Q, (1, 2))]:
    try:
        f(*args) if len(args) > 3 else [lambda: f(), lambda: f(args[0]), lambda: f(args[0], args[1]), lambda: f(args[0], args[1], args[2])][len(args)]()
    except TypeError as e:
        print("TypeError:", e)
print(BadInit.__name__, type(BadInit(None)).__name__)


def init2(self, a):
    self.a = a * 2


P.__init__ = init2
show(P(21))
Q.__init__ = lambda self, a, b: setattr(self, "ab", (a, b))
show(Q(1, 2))
del Q.__init__
show(Q(8))

P = lambda a: ("not a class", a)
print(P(1))


class Node:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, a, b, c):
        return self.v + a + b + c


n = Node(1)
print(n.get(), n.add(1, 2, 3))
n.get = lambda: "instance attribute"
print(n.get())
Node.add = lambda self, *a: ("rebound", a)
print(n.add(1, 2, 3))
try:
    n.add2(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Node(1).get(1)
except TypeError as e:
    print("TypeError:", e)
