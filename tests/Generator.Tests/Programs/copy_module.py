import copy
from collections import deque
from array import array


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


class Slotted:
    __slots__ = ("a", "__b")

    def __init__(self):
        self.a = [1]
        self.__b = 2

    def b(self):
        return self.__b


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


class Stateful:
    def __init__(self):
        self.n = 1

    def __getstate__(self):
        return {"n": self.n * 10}

    def __setstate__(self, state):
        print("__setstate__", state)
        self.__dict__.update(state)


class Tree:
    def __init__(self):
        self.children = []
        self.parent = None


nested = {"k": [1, [2, 3]], "t": (1, [2]), "s": {1, 2}, "f": frozenset([3])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow["k"] is nested["k"], deep["k"] is nested["k"], deep["k"][1] is nested["k"][1])
print(deep == nested, deep["t"] is nested["t"], deep["f"] is nested["f"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [])) == (1, []))
p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.tags is p.tags, r.tags is p.tags, type(r) is Point)
s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, s3.b())
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
st = copy.deepcopy(Stateful())
print(st.n)
root = Tree()
child = Tree()
child.parent = root
root.children.append(child)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2 is not root)
lst = [1]
lst.append(lst)
lst2 = copy.deepcopy(lst)
print(lst2[1] is lst2, lst2 is not lst)
d = deque([[1], [2]], maxlen=5)
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
print(d2, d3, d2[0] is d[0], d3[0] is d[0], d3.maxlen)
a = array('i', [1, 2, 3])
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
e = ValueError("bad", 3)
e.note = "x"
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.note, e2 is e)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(None), copy.deepcopy(3.5))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)


def gen():
    yield 1


for bad in (lambda: copy.copy(gen()), lambda: copy.deepcopy(gen())):
    try:
        bad()
    except TypeError as exc:
        print("TypeError", exc)


class Reducing:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        print("__reduce__")
        return (Reducing, (self.a,), None, iter([]), None)


class Named:
    def __reduce__(self):
        return "Named"


print(copy.copy(Reducing(4)).a, copy.deepcopy(Reducing([5])).a)
n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
