import sys
from sys import monitoring

mon = sys.monitoring
print("same module:", monitoring is mon)
print("module name:", mon.__name__)
print("type:", type(mon).__name__)

E = mon.events
NAMES = ["BRANCH", "CALL", "C_RAISE", "C_RETURN", "EXCEPTION_HANDLED",
         "INSTRUCTION", "JUMP", "LINE", "NO_EVENTS", "PY_RESUME", "PY_RETURN",
         "PY_START", "PY_THROW", "PY_UNWIND", "PY_YIELD", "RAISE", "RERAISE",
         "STOP_ITERATION"]
pairs = sorted((getattr(E, n), n) for n in NAMES)
for value, name in pairs:
    print("%-18s %6d  bit=%s" % (name, value, value.bit_length() - 1))
print("public names of events:", sorted(n for n in dir(E) if not n.startswith("_")))
print("all distinct powers of two:",
      all(v & (v - 1) == 0 for v, n in pairs if n != "NO_EVENTS"))
total = 0
for value, name in pairs:
    total |= value
print("union of all events:", total, hex(total))
print("NO_EVENTS:", E.NO_EVENTS)

print("DEBUGGER_ID", mon.DEBUGGER_ID)
print("COVERAGE_ID", mon.COVERAGE_ID)
print("PROFILER_ID", mon.PROFILER_ID)
print("OPTIMIZER_ID", mon.OPTIMIZER_ID)

for label, obj in (("DISABLE", mon.DISABLE), ("MISSING", mon.MISSING)):
    r = repr(obj)
    print(label, "type:", type(obj).__name__,
          "repr starts:", r[:len("<object object at 0x")],
          "repr ends with '>':", r.endswith(">"),
          "truthy:", bool(obj))
print("DISABLE is MISSING:", mon.DISABLE is mon.MISSING)
print("DISABLE == DISABLE:", mon.DISABLE == mon.DISABLE)
print("DISABLE is None:", mon.DISABLE is None)

try:
    import sys.monitoring
    print("import sys.monitoring succeeded")
except ImportError as e:
    print(type(e).__name__, e)
    print("is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))

try:
    from sys.monitoring import events
    print("from sys.monitoring import events succeeded")
except ImportError as e:
    print(type(e).__name__, e)

try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, e)

funcs = ["free_tool_id", "get_events", "get_local_events", "get_tool",
         "register_callback", "restart_events", "set_events",
         "set_local_events", "use_tool_id"]
for fname in funcs:
    f = getattr(mon, fname)
    print(fname, type(f).__name__, f.__name__, callable(f))
