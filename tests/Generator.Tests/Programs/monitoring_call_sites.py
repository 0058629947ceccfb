# CALL, C_RETURN and C_RAISE at the call shapes PyAot compiles to fast forms of their own: a range loop, a loop over
# s.split(), next() as the first statement of a try, print as a statement, builtins with direct entry points, math's
# functions imported both ways, list.append, cached method calls, a guarded call of a module function; then DISABLE
# of CALL at one site, DISABLE returned for C_RETURN, and CALL switched off during a call.
import sys
import math
from math import sqrt

mon = sys.monitoring
E = mon.events
TOOL = 3
log = []


def name_of(func):
    return getattr(func, "__qualname__", None) or type(func).__name__


def show(value):
    if value is mon.MISSING:
        return "MISSING"
    if callable(value):
        return name_of(value)
    if isinstance(value, Box):
        return "<Box>"
    if type(value).__name__.endswith("iterator"):
        return "<%s>" % type(value).__name__
    return repr(value)


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line - code.co_firstlineno
    return None


def recorder(kind):
    def cb(code, offset, func, arg0):
        if code.co_name in ("work", "twice", "switch_off"):
            log.append("%-8s %s +%s %s %s" % (kind, code.co_name, line_of(code, offset), name_of(func), show(arg0)))
    return cb


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, n):
        self.v += n
        return self


def helper(a, b=2):
    return a * b


def work(text):
    total = 0
    for i in range(3):
        total += i
    for word in text.split():
        total += len(word)
    it = iter([])
    try:
        x = next(it)
    except StopIteration:
        total += 100
    print("total", total)
    acc = []
    acc.append(abs(-4))
    acc.append(sqrt(16.0))
    acc.append(math.floor(2.5))
    b = Box(1)
    acc.append(b.add(2).get())
    acc.append(helper(3))
    acc.append(helper(a=5, b=1))
    try:
        int("nope")
    except ValueError:
        acc.append("bad")
    return acc


def twice():
    out = []
    for i in range(2):
        out.append(len("ab"))
    return out


mon.use_tool_id(TOOL, "calls")
mon.register_callback(TOOL, E.CALL, recorder("CALL"))
mon.register_callback(TOOL, E.C_RETURN, recorder("C_RETURN"))
mon.register_callback(TOOL, E.C_RAISE, recorder("C_RAISE"))
mon.set_events(TOOL, E.CALL)
result = work("a bb ccc")
mon.set_events(TOOL, 0)
print(result)
print("\n".join(log))
log.clear()

# DISABLE for CALL at one site: that site stops raising CALL (and its C_RETURN), the others go on.
def disable_len(code, offset, func, arg0):
    if code.co_name == "twice":
        log.append("CALL %s %s" % (name_of(func), show(arg0)))
        if func is len:
            return mon.DISABLE
mon.register_callback(TOOL, E.CALL, disable_len)
mon.set_events(TOOL, E.CALL)
print(twice())
mon.set_events(TOOL, 0)
print("\n".join(log))
log.clear()
mon.restart_events()

# DISABLE returned for C_RETURN: the callback is removed and ValueError raised from the call site.
def disable_c_return(code, offset, func, arg0):
    log.append("C_RETURN %s" % name_of(func))
    return mon.DISABLE
mon.register_callback(TOOL, E.CALL, None)
mon.register_callback(TOOL, E.C_RETURN, disable_c_return)
mon.set_events(TOOL, E.CALL)
try:
    abs(-1)
except ValueError as e:
    print("ValueError:", e)
mon.set_events(TOOL, 0)
print(log, mon.register_callback(TOOL, E.C_RETURN, None))
log.clear()

# C_RETURN/C_RAISE alone cannot be set.
for events in (E.C_RETURN, E.C_RAISE, E.C_RETURN | E.C_RAISE):
    try:
        mon.set_events(TOOL, events)
    except ValueError as e:
        print("ValueError:", e)
print(mon.get_events(TOOL))

# CALL switched off by the call itself: no C_RETURN after it.
mon.register_callback(TOOL, E.CALL, recorder("CALL"))
mon.register_callback(TOOL, E.C_RETURN, recorder("C_RETURN"))


def switch_off():
    abs(-2)
    mon.set_events(TOOL, 0)
    abs(-3)


mon.set_events(TOOL, E.CALL)
switch_off()
print("\n".join(log))
mon.free_tool_id(TOOL)
