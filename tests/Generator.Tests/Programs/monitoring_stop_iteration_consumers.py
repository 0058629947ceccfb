# STOP_ITERATION: raised by the loop (for, comprehension, generator expression) whose step finished a Python generator, with
# StopIteration(the value it returned); not for a generator finished before, nor for next() or a consumer in C (list()).
import sys
mon = sys.monitoring; E = mon.events
def line_of(code, off):
    for s, e, l in code.co_lines():
        if s <= off < e: return l
out = []
def si(code, off, exc):
    out.append(f"STOP {code.co_name} {line_of(code, off) - code.co_firstlineno} {exc!r}")
def rs(code, off, exc):
    out.append(f"RAISE {code.co_name} {line_of(code, off) - code.co_firstlineno} {exc!r}")
def g1():
    yield 1
def g2():
    yield 1
    return "v"
def t_for():
    for x in g1():
        pass
    for x in g2():
        pass
    g = g1()
    list(g)
    for x in g:
        pass
    for x in iter([1]):
        pass
def t_comp():
    return [x for x in g2()]
def t_genexp():
    return list(y for y in g2())
def t_next():
    g = g1(); next(g)
    try:
        next(g)
    except StopIteration:
        pass
mon.use_tool_id(3, "p"); mon.register_callback(3, E.STOP_ITERATION, si); mon.register_callback(3, E.RAISE, rs)
mon.set_events(3, E.STOP_ITERATION)
for f in (t_for, t_comp, t_genexp, t_next):
    out.append(f.__name__); f()
mon.set_events(3, 0)
print("\n".join(out))
