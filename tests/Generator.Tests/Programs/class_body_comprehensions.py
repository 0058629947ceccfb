# Comprehensions directly in a class body (PEP 709 inlines them; class-level names stay invisible inside)
class C:
    xs = [i*i for i in range(4)]
    d = {k: v for k, v in zip("ab", xs)}
    s = {c for c in "hello"}
    i = 10
    g = list(i for i in range(3))
print(C.xs, C.d, sorted(C.s), C.g, C.i)
print(sorted(k for k in vars(C) if not k.startswith('__')))
def f():
    z = 5
    class D:
        z = 100
        ys = [z + j for j in range(3)]
        y = 1
        try:
            bad = [y for _ in range(1)]
        except NameError as e:
            print("NameError", e)
    return D
print(f().ys)
X = 7
class E:
    X = 8
    a = [X for _ in range(2)]
    b = [[X for _ in range(1)] for q in [X]]
print(E.a, E.b)
class C:
    fs = [lambda: i for i in range(3)]
    gs = [(lambda: j)() for j in range(3)]
    n = [[a * b for b in range(3)] for a in range(3)]
    t = tuple(x for x in "ab")
    def m(self):
        return [__class__.__name__ for _ in range(1)]

print([f() for f in C.fs], C.gs, C.n, C.t, C().m())
def gen():
    class K:
        v = [y * 2 for y in range(3)]
    yield K.v
print(next(gen()))
try:
    class Bad:
        r = [1 / z for z in (1, 0)]
except ZeroDivisionError as e:
    print("ZDE", e)
class W:
    data = {1: 'a', 2: 'b'}
    inv = {v: k for k, v in data.items()}
    lens = [len(w) for w in ["ab", "cde"] if len(w) > 2]
print(W.inv, W.lens)
# The first iterable is evaluated in the class body (it sees the class's names); the rest do not.
class Scoped:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    pairs = [(a, b) for a in items for b in range(a)]
    try:
        bad = [a for a in range(2) for b in items]
    except NameError as e:
        print("NameError", e)
    keyed = {k: len(k) for k in ("a", "bb")}
print(Scoped.doubled, Scoped.pairs, Scoped.keyed, sorted(k for k in vars(Scoped) if not k.startswith("__")))
