# Functions made in a comprehension close over its variables (PEP 709 keeps one cell per comprehension run).
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
i = "module i"
fs = [lambda: i for i in range(3)]
print([f() for f in fs], i)

def f():
    i = "outer"
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs], i
print(f())

def g():
    x = 1
    fs = [lambda: x + i for i in range(3)]
    x = 10
    return [h() for h in fs]
print(g())

def defaults():
    return [(lambda i=i: i)() for i in range(3)]
print(defaults())

def sets():
    s = {lambda: i for i in range(3)}
    return sorted(h() for h in s)
print(sets())

def dicts():
    d = {k: (lambda: (k, v)) for k, v in [(1, 'a'), (2, 'b')]}
    return {key: fn() for key, fn in d.items()}
print(dicts())

def nested():
    rows = [[lambda: (i, j) for j in range(2)] for i in range(3)]
    return [[c() for c in row] for row in rows]
print(nested())

def nested_def():
    out = []
    def make(n):
        return [(lambda: n * k) for k in range(n)]
    for fn in make(3):
        out.append(fn())
    return out
print(nested_def())

def inner_def():
    res = []
    for h in [(lambda: [m for m in range(i)]) for i in range(3)]:
        res.append(h())
    return res
print(inner_def())

def runs_twice():
    out = []
    for _ in range(2):
        fs = [lambda: i for i in range(_ + 2)]
        out.append([f() for f in fs])
    return out
print(runs_twice())

def cond():
    return [f() for f in [lambda: (i, y) for i in range(5) if i % 2 for y in "ab"]]
print(cond())

def walrus():
    fs = [lambda: last for i in range(3) if (last := i * 10) >= 0]
    return [f() for f in fs], last
print(walrus())

def genexp():
    return [f() for f in (lambda: i for i in range(3))]
print(genexp())

class C:
    def m(self, n):
        fs = [lambda: (self.tag, i) for i in range(n)]
        return [f() for f in fs]
    tag = "C"
print(C().m(2))

def nonlocal_in():
    fs = []
    def add():
        fs.extend([lambda: i for i in range(2)])
    add()
    return [f() for f in fs]
print(nonlocal_in())

def shadow_param(i):
    fs = [lambda: i for i in range(2)]
    return [f() for f in fs], i
print(shadow_param("p"))

def nested_same_name():
    fs = [[lambda: i for i in range(i + 1)] for i in range(3)]
    return [[f() for f in row] for row in fs]
print(nested_same_name())

def deffed():
    out = []
    for h in [lambda: i for i in range(2)]:
        def k(h=h):
            return h() + 100
        out.append(k())
    return out
print(deffed())
