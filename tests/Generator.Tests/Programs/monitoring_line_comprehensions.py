# LINE in inlined comprehensions (PEP 709) that span lines: FOR_ITER on the first line each round, the STORE on the
# target's line, the tests and the element on theirs, as CPython 3.12 raises them.
import sys
mon = sys.monitoring
def on_line(code, line):
    if code.co_name == "<module>":
        print("  line", line)
def g(x):
    return x
mon.use_tool_id(1, "t"); mon.register_callback(1, mon.events.LINE, on_line); mon.set_events(1, mon.events.LINE)
n = 4
evens = {i for i in range(n)
         if i % 2 == 0}
xs = [g(i) for i in range(n)
      if i]
d = {i: g(i)
     for i in range(3)}
ys = [g(i)
      for i in range(n)]
mon.set_events(1, 0)
print(evens, xs, d, ys)
