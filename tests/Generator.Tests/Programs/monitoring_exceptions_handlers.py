import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"level1", "level2", "level3", "catch_builtin", "reraise_bare", "reraise_named",
        "wrong_except", "raise_from", "drive", "explicit_raise_in_except"}
NAMES = {}
for _n in ("RAISE", "RERAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_START", "PY_RETURN"):
    NAMES[getattr(E, _n)] = _n


def make(ev):
    name = NAMES[ev]

    def cb(code, offset, *rest):
        if code.co_name not in WANT:
            return
        line = line_of(code, offset)
        where = "None" if line is None else "+%d" % (line - code.co_firstlineno)
        if rest and isinstance(rest[0], BaseException):
            detail = "%s%r" % (type(rest[0]).__name__, rest[0].args)
        elif rest:
            detail = repr(rest[0])
        else:
            detail = ""
        events.append(("%-17s %-24s %s %s" % (name, code.co_name, where, detail)).rstrip())
    return cb


def level3(x):
    return 10 // x


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "handled in level1: " + str(e)


def catch_builtin():
    out = []
    try:
        {}["k"]
    except KeyError as e:
        out.append(e.args)
    try:
        [1][5]
    except IndexError as e:
        out.append(e.args)
    try:
        1 / 0
    except ZeroDivisionError as e:
        out.append(e.args)
    return out


def reraise_bare():
    try:
        raise ValueError("v1")
    except ValueError:
        raise


def reraise_named():
    try:
        raise ValueError("v2")
    except ValueError as e:
        raise e


def wrong_except():
    try:
        raise TypeError("t")
    except KeyError:
        return "not here"


def raise_from():
    try:
        raise KeyError("orig")
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def explicit_raise_in_except():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")


def drive():
    level1(0)
    catch_builtin()
    for fn in (reraise_bare, reraise_named, wrong_except, raise_from,
               explicit_raise_in_except):
        events.append("-- " + fn.__name__)
        try:
            fn()
        except Exception as e:
            events.append("   drive caught %s%r" % (type(e).__name__, e.args))
    return "ok"


mon.use_tool_id(TOOL, "exceptions")
all_ev = 0
for ev in NAMES:
    mon.register_callback(TOOL, ev, make(ev))
    all_ev |= ev
mon.set_events(TOOL, all_ev)
drive()
mon.set_events(TOOL, 0)
for ev in NAMES:
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
