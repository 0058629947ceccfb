# Conformance: list fast paths (prefix flips, item truth tests, index arithmetic, calls of callables held in
# variables, same-tag slot stores, short in-list moves, int truth).


def flips():
    for n in range(-12, 12):
        a = list(range(8))
        a[:n] = a[n - 1::-1]
        print("flip", n, a)
    for k in (-20, -9, -8, -3, -1, 0, 1, 3, 7, 8, 50):
        for h in (-20, -3, 0, 1, 4, 8, 9, 40):
            a = [0, "one", 2.5, None, (4,), 5, True, [7]]
            a[:h] = a[k::-1]
            print("kh", k, h, a)
    a = list(range(10))
    a[:] = a[::-1]
    print("full", a)
    a = list(range(5))
    a[:5] = a[4::-1]
    print("alias", a)
    a = list(range(5))
    a[1:4] = a[3:0:-1]
    print("mid", a)
    a = list(range(5))
    try:
        a[::2] = a[::-1]
    except ValueError as e:
        print("ValueError", e)
    a = list(range(6))
    k = True
    a[:k + 1] = a[k::-1]
    print("bool k", a)
    k = 2 ** 70
    a = list(range(6))
    a[:k + 1] = a[k::-1]
    print("big k", a)
    k = -(2 ** 70)
    a = list(range(6))
    a[:k + 1] = a[k::-1]
    print("big negative k", a)
    t = (1, 2, 3)
    try:
        t[:2] = t[1::-1]
    except TypeError as e:
        print("TypeError", e)

    class L:
        def __init__(self, items):
            self.items = list(items)

        def __setitem__(self, key, value):
            print("L.__setitem__", key, value)
            self.items[key] = value

        def __getitem__(self, key):
            print("L.__getitem__", key)
            return self.items[key]

    s = L(range(4))
    k = 2
    s[:k + 1] = s[k::-1]
    print("user class", s.items)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called", self.v)
        return self.v


class Sized:
    def __len__(self):
        return 0


class Items:
    def __getitem__(self, key):
        print("getitem", key)
        return key


def truths():
    a = [True, False, 0, 1, -3, 0.0, 2.5, "", "x", None, [], [0], Truthy(True), Truthy(False), Sized(), 2 ** 80, ()]
    for i in range(len(a)):
        if a[i]:
            print(i, "true")
        else:
            print(i, "false")
    for i in (-1, -17, True, False):
        print("neg/bool index", i, bool(a[i]) if a[i] or not a[i] else None)
    for bad in (17, -18, 2 ** 70):
        try:
            if a[bad]:
                print("unreachable")
        except IndexError as e:
            print("IndexError", e)
    try:
        if a[1.0]:
            pass
    except TypeError as e:
        print("TypeError", e)
    t = (0, 1, "")
    print([("t" if t[i] else "f") for i in range(3)])
    d = {0: False, "k": True}
    print("dict", "t" if d[0] else "f", "t" if d["k"] else "f")
    try:
        if d[5]:
            pass
    except KeyError as e:
        print("KeyError", e)
    s = "ab"
    print("str", "t" if s[1] else "f")
    it = Items()
    print("user", "t" if it[0] or it[3] else "f")
    print("not", not a[0], not a[1], (a[2] and a[3]) or a[4])


def indices(row, col, n):
    a = list(range(20))
    print(a[row + col], a[row - col + n - 1], a[row - col], a[-row - 1 + col])
    a[row + col] = "x"
    a[row - col + n - 1] = "y"
    print(a)
    d = {"ab": 1, 3.5: 2, (1, 2) + (3,): 3}
    print(d["a" + "b"], d[1.5 + 2], d[(1, 2) + (3,)])
    for i, j in ((2 ** 62, 2 ** 62), (2 ** 63 - 1, 1), (-(2 ** 63), -1), (2 ** 70, -(2 ** 70)), (1.0, 2)):
        try:
            print("index", a[i + j])
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
        try:
            a[i - j] = 0
            print("stored", a)
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    b = [False] * 5
    b[1] = b[row - col + 2] = b[0 + 4] = True
    print(b)
    b[1] = b[row - col + 2] = b[0 + 4] = False
    print(b)


def calls():
    p = [3, 1, 2]
    ins = p.insert
    pop = p.pop
    app = p.append
    ins(0, pop(0))
    ins(-1, pop())
    ins(100, pop(-2))
    app(9)
    print("calls", p)
    try:
        pop(10)
    except IndexError as e:
        print("IndexError", e)
    try:
        ins("0", 1)
    except TypeError as e:
        print("TypeError", e)
    d = {"a": 1}
    get = d.get
    print(get("a"), get("b"), get("b", 7))
    st = set()
    add = st.add
    add(3)
    add(3)
    print(st)
    dpop = d.pop
    print(dpop("a"), d)
    try:
        dpop()
    except TypeError as e:
        print("TypeError", e)

    class MyList:
        def __init__(self, items=()):
            self.items = list(items)

        def __repr__(self):
            return "MyList(%r)" % (self.items,)

        def insert(self, i, x):
            print("MyList.insert", i, x)
            self.items.insert(i, x)

        def pop(self, i=-1):
            print("MyList.pop", i)
            return self.items.pop(i)

    m = MyList([1, 2, 3])
    mins = m.insert
    mpop = m.pop
    mins(0, mpop(0))
    mins(1, mpop())
    print(m)
    f = p.insert
    f = print
    f("rebound", 1, 2)
    f = lambda a, b=2, *rest: (a, b, rest)
    print(f(1), f(1, 5), f(1, 5, 6))
    f = len
    print(f([1, 2]))
    f = MyList
    print(f(), f([4]))

    class C:
        def __call__(self, *args):
            return ("called", args)

    f = C()
    print(f(), f(1), f(1, 2), f(1, 2, 3))
    g = f.__call__
    print(g(5))
    f = 3
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError", e)
    f = "s".upper
    print(f())


def stores():
    a = [1, 2, 3]
    a[0] = 5
    a[1] = True
    a[2] = "s"
    a[-1] = 2 ** 70
    a[-2] = None
    print(a)
    a[0] = a[0]
    a[1] = a[2]
    print(a)
    b = [0] * 3
    for i in range(3):
        b[i] = b[i - 1] + 1
    print(b)


def moves():
    for size in (0, 1, 5, 16, 17, 40):
        a = list(range(size))
        a.insert(0, "front")
        a.insert(-1, None)
        a.insert(size // 2, 2.5)
        a.insert(-1000, "far")
        a.insert(1000, "end")
        x = a.pop(0)
        y = a.pop(len(a) // 2)
        print(size, x, y, a)
    k = 5
    n = 0
    while k:
        k -= 1
        n += 1
    k = -2
    while k:
        k += 1
        n += 1
    k = 2 ** 65
    if k:
        n += 100
    print("int truth", n)


flips()
truths()
indices(3, 2, 8)
calls()
stores()
moves()
