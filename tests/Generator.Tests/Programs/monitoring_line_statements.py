# LINE in statements that span lines (displays, calls, method calls, operators) and in decorated definitions, as
# CPython 3.12 raises them: each instruction on the line of the node it comes from.
import sys
mon = sys.monitoring
def on_line(code, line):
    if code.co_name == "<module>":
        print("  line", line)
def f(x):
    return x
def f2(a, b):
    return a
def deco(g):
    return g
mon.use_tool_id(1, "t"); mon.register_callback(1, mon.events.LINE, on_line); mon.set_events(1, mon.events.LINE)
print("display")
vals = [1, 2,
        3, 4]
print("display with calls")
vals = [f(1), f(2),
        f(3),
        4]
print("dict")
d = {1: 2,
     3: f(4)}
print("call")
r = f(
    1)
r = f2(f(1),
      f(2))
print("method")
r = "a".join(
    ["b"])
r = vals.count(
    1) + 1
print("binop")
r = (1 +
     f(2))
print("decorated")
@deco
def g():
    pass
@deco
@deco
def h():
    pass
class C:
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        return 2
print("end")
mon.set_events(1, 0)
