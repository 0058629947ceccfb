# BRANCH and JUMP of a comparison chain that is an operand of and/or (its links, then the operand test), as CPython 3.12 raises them.
import sys
mon = sys.monitoring
mon.use_tool_id(3, "t")
events = []
def cb(code, off, dest):
    events.append((code.co_name, mon.events.BRANCH))
    return None
def lines(code, off, dest):
    events.append(code.co_name)
mon.register_callback(3, mon.events.BRANCH, lambda code, off, dest: events.append(("B", code.co_name, next(l for s, e, l in code.co_lines() if s <= off < e), next(l for s, e, l in code.co_lines() if s <= dest < e))))
mon.register_callback(3, mon.events.JUMP, lambda code, off, dest: events.append(("J", code.co_name)))
mon.set_events(3, mon.events.BRANCH | mon.events.JUMP)
def h(a, b, c):
    return (a < b < c
            and c > 0)
def k(a, b, c):
    x = a < b < c or c > 5
    return x
print(h(1, 2, 3), h(3, 2, 1), h(1, 2, -1), k(1, 2, 3), k(3, 2, 1), k(3, 2, 9))
mon.set_events(3, 0)
for e in events: print(e)
