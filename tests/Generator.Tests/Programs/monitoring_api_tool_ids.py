import sys

mon = sys.monitoring


def attempt(label, fn, *args):
    try:
        result = fn(*args)
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


print("initial tools:", [mon.get_tool(t) for t in range(6)])
print("initial events:", [mon.get_events(t) for t in range(6)])

attempt("use 0", mon.use_tool_id, 0, "first")
attempt("get 0", mon.get_tool, 0)
attempt("use 0 again", mon.use_tool_id, 0, "second")
attempt("get 0 after", mon.get_tool, 0)
attempt("use 5", mon.use_tool_id, 5, "optimizer-ish")
attempt("get 5", mon.get_tool, 5)

for bad in (-1, 6, 7, 100, -100):
    attempt("use %d" % bad, mon.use_tool_id, bad, "bad")
    attempt("get %d" % bad, mon.get_tool, bad)
    attempt("free %d" % bad, mon.free_tool_id, bad)
    attempt("get_events %d" % bad, mon.get_events, bad)
    attempt("set_events %d" % bad, mon.set_events, bad, 0)

attempt("use str id", mon.use_tool_id, "1", "x")
attempt("use float id", mon.use_tool_id, 1.0, "x")
attempt("use None id", mon.use_tool_id, None, "x")
attempt("use int name", mon.use_tool_id, 2, 3)
attempt("use None name", mon.use_tool_id, 2, None)
attempt("get 2 (unused)", mon.get_tool, 2)
attempt("use True", mon.use_tool_id, True, "bool tool")
attempt("get 1", mon.get_tool, 1)

attempt("free 0", mon.free_tool_id, 0)
attempt("get 0 after free", mon.get_tool, 0)
attempt("free 0 twice", mon.free_tool_id, 0)
attempt("get_events on freed 0", mon.get_events, 0)
attempt("set_events on freed 0", mon.set_events, 0, mon.events.PY_START)
attempt("set_events 0 to 0 on freed", mon.set_events, 0, 0)
attempt("reuse 0", mon.use_tool_id, 0, "third")
attempt("get 0", mon.get_tool, 0)
attempt("set_events 0", mon.set_events, 0, mon.events.PY_START)
attempt("get_events 0", mon.get_events, 0)
attempt("free 0 with events set", mon.free_tool_id, 0)
attempt("get_events 0 after free", mon.get_events, 0)
attempt("get 0", mon.get_tool, 0)

attempt("free 1", mon.free_tool_id, 1)
attempt("free 5", mon.free_tool_id, 5)
print("final tools:", [mon.get_tool(t) for t in range(6)])
