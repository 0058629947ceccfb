import sys
mon = sys.monitoring
E = mon.events
NAMES = {E.RAISE:"RAISE", E.RERAISE:"RERAISE", E.EXCEPTION_HANDLED:"EXCEPTION_HANDLED", E.PY_UNWIND:"PY_UNWIND"}
def line_of(code, offset):
    for s, e, l in code.co_lines():
        if s <= offset < e: return l
def mk(name):
    def cb(code, off, exc):
        if code.co_filename.endswith("monitoring_exceptions_shapes.py"):
            print(f"{name:17} {code.co_qualname} {line_of(code, off)} {type(exc).__name__}")
    return cb
mon.use_tool_id(2, "t")
for ev, n in NAMES.items(): mon.register_callback(2, ev, mk(n))
mon.set_events(2, sum(NAMES))

def comp(xs):
    return [1 // x
            for x in xs]
try: comp([1, 0])
except ZeroDivisionError: print("caught comp")

def gen():
    yield 1
    yield 1 // 0
try: list(gen())
except ZeroDivisionError: print("caught gen")

def gen2():
    try:
        yield 1
    except KeyError:
        pass
g = gen2(); next(g)
try: g.throw(ValueError)
except ValueError: print("caught throw")

def cls():
    class C:
        x = 1 // 0
try: cls()
except ZeroDivisionError: print("caught cls")

def fin(c):
    try:
        1 // 0
    finally:
        if c:
            print("c")
try: fin(1)
except ZeroDivisionError: print("caught fin1")
try: fin(0)
except ZeroDivisionError: print("caught fin0")

def lam():
    f = lambda: 1 // 0
    return f()
try: lam()
except ZeroDivisionError: print("caught lam")

def nxt(it):
    try:
        x = next(it)
    except StopIteration:
        x = None
    return x
nxt(iter([]))
def getk(d):
    try:
        v = d["k"]
    except KeyError:
        v = 0
    return v
getk({})
def genexp():
    return sum(1 // x for x in [1, 0])
try: genexp()
except ZeroDivisionError: print("caught genexp")
def gexit():
    g = gen2(); next(g); g.close()
gexit()
def stopit():
    it = iter([])
    return next(it, 5)
stopit()
def userclass():
    class Err(Exception): pass
    try:
        raise Err
    except Err:
        pass
userclass()
mon.set_events(2, 0)
