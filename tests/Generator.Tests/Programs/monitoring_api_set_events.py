import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def attempt(label, fn, *args):
    try:
        result = fn(*args)
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def target():
    return 1


code = target.__code__
mon.use_tool_id(TOOL, "set-events test")

# Round trips of global events
for ev in (E.PY_START, E.PY_START | E.PY_RETURN, 15, E.LINE | E.JUMP | E.BRANCH,
           E.RAISE | E.RERAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED,
           E.PY_THROW | E.STOP_ITERATION, E.INSTRUCTION, E.CALL, 0x7fff, 0):
    mon.set_events(TOOL, ev)
    print("set", ev, "get", mon.get_events(TOOL))

# C_RETURN / C_RAISE are accepted only as CALL|C_RETURN|C_RAISE together
attempt("C_RETURN", mon.set_events, TOOL, E.C_RETURN)
attempt("C_RAISE", mon.set_events, TOOL, E.C_RAISE)
attempt("C_RETURN|C_RAISE", mon.set_events, TOOL, E.C_RETURN | E.C_RAISE)
attempt("CALL|C_RETURN", mon.set_events, TOOL, E.CALL | E.C_RETURN)
attempt("CALL|C_RETURN|C_RAISE", mon.set_events, TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
print("after failed sets:", mon.get_events(TOOL))
attempt("LINE|C_RAISE", mon.set_events, TOOL, E.LINE | E.C_RAISE)
print("still:", mon.get_events(TOOL))

# Bits outside the valid range
attempt("1<<17", mon.set_events, TOOL, 1 << 17)
attempt("1<<18", mon.set_events, TOOL, 1 << 18)
attempt("1<<20", mon.set_events, TOOL, 1 << 20)
attempt("(1<<17)|C_RETURN", mon.set_events, TOOL, (1 << 17) | E.C_RETURN)
attempt("-1", mon.set_events, TOOL, -1)
attempt("1<<40", mon.set_events, TOOL, 1 << 40)
attempt("str", mon.set_events, TOOL, "1")
attempt("float", mon.set_events, TOOL, 1.0)
attempt("None", mon.set_events, TOOL, None)
print("still:", mon.get_events(TOOL))
mon.set_events(TOOL, 0)

# Local events round trips
for ev in (E.LINE, E.PY_START | E.PY_RETURN, E.BRANCH | E.JUMP, E.CALL,
           E.PY_YIELD | E.PY_RESUME, E.INSTRUCTION, E.STOP_ITERATION, 0):
    mon.set_local_events(TOOL, code, ev)
    print("local set", ev, "get", mon.get_local_events(TOOL, code))

# Events that cannot be local
for name in ("RAISE", "RERAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW",
             "C_RETURN", "C_RAISE"):
    attempt("local " + name, mon.set_local_events, TOOL, code, getattr(E, name))
attempt("local CALL|C_RETURN|C_RAISE", mon.set_local_events, TOOL, code,
        E.CALL | E.C_RETURN | E.C_RAISE)
print("local after CALL|C_RETURN|C_RAISE:", mon.get_local_events(TOOL, code))
attempt("local LINE|RAISE", mon.set_local_events, TOOL, code, E.LINE | E.RAISE)
print("local after:", mon.get_local_events(TOOL, code))
attempt("local 1<<20", mon.set_local_events, TOOL, code, 1 << 20)
attempt("local -1", mon.set_local_events, TOOL, code, -1)
attempt("local not code (function)", mon.set_local_events, TOOL, target, E.LINE)
attempt("local not code (None)", mon.set_local_events, TOOL, None, E.LINE)
attempt("get_local not code", mon.get_local_events, TOOL, target)
attempt("local bad tool", mon.set_local_events, 9, code, E.LINE)
attempt("get_local bad tool", mon.get_local_events, 9, code)
attempt("local unused tool", mon.set_local_events, 4, code, E.LINE)
attempt("get_local unused tool", mon.get_local_events, 4, code)
mon.set_local_events(TOOL, code, 0)

# Global and local are separate
mon.set_events(TOOL, E.PY_START)
mon.set_local_events(TOOL, code, E.LINE)
print("global:", mon.get_events(TOOL), "local:", mon.get_local_events(TOOL, code))
mon.set_events(TOOL, 0)
print("global:", mon.get_events(TOOL), "local:", mon.get_local_events(TOOL, code))
mon.set_local_events(TOOL, code, 0)
print("global:", mon.get_events(TOOL), "local:", mon.get_local_events(TOOL, code))

attempt("restart_events", mon.restart_events)
mon.free_tool_id(TOOL)
print("done")
