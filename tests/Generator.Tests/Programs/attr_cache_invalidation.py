# Attribute and method-call sites stay correct when classes and instances change under them
# (each site runs many times in a loop so that any cache is warm before the change).


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def describe(self, prefix="<", suffix=">"):
        return prefix + self.kind + ":" + str(self.v) + suffix


class Child(Base):
    def get(self):
        return self.v * 10


class GrandChild(Child):
    kind = "grand"


def run_gets(objs, n):
    total = 0
    for _ in range(n):
        for o in objs:
            total += o.get()
    return total


objs = [Base(1), Child(2), GrandChild(3)]
print("warm", run_gets(objs, 50))

# Rebinding a method on the base class: seen by Base instances, not by overriding subclasses.
Base.get = lambda self: -self.v
print("rebind base", run_gets(objs, 50))

# Rebinding on the middle class: seen by Child and GrandChild.
Child.get = lambda self: 1000
print("rebind child", run_gets(objs, 50))

# Deleting the override: GrandChild falls back to Base.get again.
del Child.get
print("del override", run_gets(objs, 50))

# Instance attribute shadowing a method, then removed.
b = objs[0]
b.get = lambda: 7
print("shadow", run_gets(objs, 10))
del b.get
print("unshadow", run_gets(objs, 10))

# Class attribute read through instances; instance attribute shadows it; the class value changes.
def kinds(objs):
    return [o.kind for o in objs]

for _ in range(30):
    k = kinds(objs)
print(k)
objs[1].kind = "mine"
print(kinds(objs))
Base.kind = "BASE"
print(kinds(objs))
del objs[1].kind
print(kinds(objs))
GrandChild.kind = "GRAND"
print(kinds(objs))
del GrandChild.kind
print(kinds(objs))

# Defaults and keywords through the method-call path.
for o in objs:
    print(o.describe(), o.describe("["), o.describe("(", ")"), o.describe(suffix="!"))


# Attributes added later and deleted; AttributeError wording.
class Bag:
    pass


bags = [Bag() for _ in range(3)]
for i, bg in enumerate(bags):
    bg.a = i
for _ in range(20):
    s = sum(bg.a for bg in bags)
print("sum a", s)
bags[1].b = "late"
print(bags[1].b, hasattr(bags[0], "b"))
del bags[1].a
try:
    print(bags[1].a)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del bags[1].a
except AttributeError as e:
    print("AttributeError:", e)
bags[1].a = 99
print(bags[1].a, bags[1].__dict__, bags[0].__dict__)
print(bags[2].__dict__)

# Insertion order of __dict__ differs per instance.
p = Bag()
p.x = 1
p.y = 2
q = Bag()
q.y = 3
q.x = 4
print(p.__dict__, q.__dict__)
del p.x
p.x = 5
print(p.__dict__)
for _ in range(5):
    p.y += 1
print(p.__dict__, p.y)

# Many attributes (beyond any initial capacity).
m = Bag()
for i in range(40):
    setattr(m, "f" + str(i), i)
print(sum(getattr(m, "f" + str(i)) for i in range(40)), m.f39, m.f0)

try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.missing_method(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Bag.nope
except AttributeError as e:
    print("AttributeError:", e)


# A property added at run time wins over the instance attribute (data descriptor).
class P:
    def __init__(self):
        self.val = 1


ps = [P(), P()]
for _ in range(20):
    t = ps[0].val + ps[1].val
print("before property", t)
P.val = property(lambda self: 42)
print("after property", ps[0].val)
del P.val
print("after del property", ps[0].val)


# __setattr__ added at run time intercepts a warm store site.
class S:
    def __init__(self):
        self.n = 0


def bump(objs):
    for o in objs:
        o.n = o.n + 1


ss = [S(), S()]
for _ in range(20):
    bump(ss)
print("n", ss[0].n)


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value * 2)


S.__setattr__ = logging_setattr
bump(ss)
print("n", ss[0].n, ss[1].n)
del S.__setattr__
bump(ss)
print("n", ss[0].n)


# __getattr__ fallback for a deleted slot.
class G:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback " + name


gs = [G(), G()]
for _ in range(20):
    r = [g.a for g in gs]
print(r)
del gs[0].a
print([g.a for g in gs])


# Polymorphic site over many classes.
class A0:
    def f(self):
        return 0


class A1(A0):
    def f(self):
        return 1


class A2(A0):
    def f(self):
        return 2


class A3(A1):
    def f(self):
        return 3


class A4(A0):
    pass


class A5(A2):
    def f(self):
        return super().f() + 50


class A6(A5):
    def f(self):
        return super().f() + 600


poly = [A0(), A1(), A2(), A3(), A4(), A5(), A6()]
tot = 0
for _ in range(100):
    for o in poly:
        tot += o.f()
print("poly", tot)
A0.f = lambda self: 100
print("poly", sum(o.f() for o in poly))


# Static and class methods, nested classes and callables as attributes.
class K:
    count = 0

    @staticmethod
    def st(x):
        return x + 1

    @classmethod
    def cm(cls, x):
        cls.count += x
        return cls.count

    class Inner:
        def __init__(self, z):
            self.z = z


k = K()
for i in range(10):
    k.st(i)
    k.cm(i)
print(k.st(1), k.cm(1), K.count, k.count, k.Inner(5).z)
k.callback = lambda y: y * 3
print(k.callback(4))


# Bound methods as values.
o = Child(4)
bm = o.describe
print(bm(), bm("{", "}"), o.describe == o.describe, o.get is o.get)


# Wrong argument counts: CPython's messages.
try:
    o.get(1)
except TypeError as e:
    print("TypeError:", e)
try:
    o.describe(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# Attributes of exceptions defined by the program.
class MyError(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


errs = [MyError(i) for i in range(3)]
print([e.code for e in errs], errs[2].args, str(errs[1]))
errs[0].code = 10
print(errs[0].code)


# Reassigning a method on the class with a different arity.
class R:
    def m(self, a):
        return a


rs = [R(), R()]
for i in range(20):
    rs[i % 2].m(i)
R.m = lambda self, a, b=5: a + b
print(rs[0].m(1), rs[1].m(1, 2))


# A function stored on the instance is not bound.
def free(x):
    return x * 2


inst = R()
inst.m = free
print(inst.m(21))


# User methods named like built-in container methods (find, get, pop, append, split).
class Store:
    def __init__(self):
        self.items = {}

    def find(self, k):
        return self.items.get(k, "missing")

    def get(self, k, default=None):
        return self.items.get(k, default)

    def append(self, v):
        self.items[len(self.items)] = v

    def pop(self):
        return self.items.pop(len(self.items) - 1)

    def split(self, sep):
        return [sep.join(str(v) for v in self.items.values())]


st = Store()
for i in range(10):
    st.append(i * i)
print(st.find(3), st.find(30), st.get(4), st.get(40, "dflt"), st.pop(), st.split("-"))
Store.find = lambda self, k: "rebound " + str(k)
print(st.find(3))
st.find = lambda k: "own " + str(k)
print(st.find(3))
