# LINE where a statement's first instruction is on a later line, lambdas in displays, a for loop's iterable on
# several lines, as CPython 3.12 raises them.
import sys
mon = sys.monitoring
def on_line(code, line):
    if code.co_name == "<module>":
        print("  line", line)
def f(x):
    return x
mon.use_tool_id(1, "t"); mon.register_callback(1, mon.events.LINE, on_line); mon.set_events(1, mon.events.LINE)
for g in [lambda: 1, lambda: 2,
          lambda: 3]:
    g()
x = (
    f(1))
d = {
    "a": f(2),
    "b": [f(3),
          4],
}
fs = [lambda y=f(5): y,
      lambda: 6]
for k in (f(7),
          8):
    pass
mon.set_events(1, 0)
