"""globals(): the module's namespace as a dictionary, live both ways (what the code binds is there, and what the
program puts there or deletes is what the code then reads), in functions, classes and loops; module-level locals(),
vars() and dir(); a builtin shadowed by a key; frame.f_globals; another module's __dict__ and its attributes."""
import sys
import globals_namespace_helper as helper

x = 5

def f():
    return globals()["x"]

g = globals()
print(type(g).__name__, g["x"], g["__name__"], g["__doc__"][:10], g["__package__"], f())
g["y"] = 7
print(y)
g["x"] = 10
print(x, f())
x = 11
print(g["x"])
del x
print("x" in g)
try:
    print(x)
except NameError as e:
    print("NameError", e)
g["len"] = lambda s: 42
print(len("abc"))
del g["len"]
print(len("abc"))
for i in range(3):
    pass
print(g["i"], i)
total = 0
for total in [1, 2, 3]:
    g["last"] = total
print(total, last)
print([k for k in g if not k.startswith("__")])
print(sorted(k for k in dir() if not k.startswith("__")))
print(locals() is g, vars() is g)

def h():
    global z
    z = 99

h()
print(g["z"], z)
print(sys._getframe(0).f_globals is g)

def frame_globals():
    return sys._getframe(1).f_globals is g

print(frame_globals())

class C:
    a = 1
    def m(self):
        return globals() is g
    seen = "a" in globals()

print(C().m(), C.seen)
try:
    globals(1)
except TypeError as e:
    print(e)
globals().update(q=3)
print(q)
print(g.pop("q"), "q" in g)
try:
    print(q)
except NameError as e:
    print("NameError", e)

print(helper.counter, helper.bump(), helper.bump(), helper.counter)
helper.define("color", "red")
print(helper.color, helper.lookup("color"), helper.lookup("size"))
helper.size = 3
print(helper.lookup("size"), helper.__dict__["size"], vars(helper) is helper.__dict__)
del helper.size
print(helper.lookup("size"), hasattr(helper, "size"))
print(sorted(k for k in vars(helper) if not k.startswith("__")))
print(helper.__doc__)
