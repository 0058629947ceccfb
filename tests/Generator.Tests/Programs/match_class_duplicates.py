# A class pattern naming one attribute twice (through __match_args__, or __match_args__ and a keyword) is a
# TypeError, raised when the second name is reached, as in CPython.

class P:
    __match_args__ = ("a", "a")

    def __init__(self):
        self.a = 1


class Q:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


def m1(x):
    match x:
        case P(p, q):
            return p, q


def m2(x):
    match x:
        case Q(p, a=1):
            return p
        case _:
            return "no"


def m3(x):
    match x:
        case P(p):
            return p


def m4(x):
    match x:
        case Q(b=2, a=1):
            return "kw"


show(lambda: m1(P()))
show(lambda: m2(Q()))
show(lambda: m3(P()))
show(lambda: m4(Q()))
show(lambda: m1(Q()))
