# CPython 3.12 raises LINE again, on the same line, where control falls through into the join of and/or right after a
# call of a Python function returns (its frame returns to the CALL's cache entry, which has no line); not after a
# builtin, not when the operand short-circuits. A conditional expression whose join is a small exit block (a return)
# has none.
import sys
mon = sys.monitoring
def on_line(code, line):
    if code.co_name in ("<module>", "f1", "f2", "f3"):
        print(" ", code.co_name, line)
def t(x):
    return x
mon.use_tool_id(1, "t"); mon.register_callback(1, mon.events.LINE, on_line); mon.set_events(1, mon.events.LINE)
print("A")
x = t(1) or t(2)
print("B")
x = t(0) or t(2)
print("C")
x = t(0) and t(2)
print("D")
x = t(1) and t(2)
print("G")
x = len([]) or t(2)
print("H")
x = t(0) or len([])
print("I")
x = t(0) or 5

def f1():
    return t(0) or t(2)


def f2():
    return t(1) if t(0) else t(2)


def f3():
    print(t(1) if t(0) else t(2))


f1()
f2()
f3()
mon.set_events(1, 0)
