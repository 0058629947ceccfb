import sys

mon = sys.monitoring
E = mon.events
TOOL = 4


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"finally_normal", "finally_exc", "finally_return_override", "with_exc",
        "with_suppress", "__exit__", "nested_try", "drive"}
NAMES = {}
for _n in ("RAISE", "RERAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "LINE"):
    NAMES[getattr(E, _n)] = _n


def make(ev):
    name = NAMES[ev]

    def cb(code, arg, *rest):
        if code.co_name not in WANT or code.co_name == "drive":
            return
        if name == "LINE":
            events.append("  line %s +%d" % (code.co_name, arg - code.co_firstlineno))
            return
        line = line_of(code, arg)
        where = "None" if line is None else "+%d" % (line - code.co_firstlineno)
        exc = rest[0]
        events.append("%-17s %s %s %s%r" % (name, code.co_name, where,
                                           type(exc).__name__, exc.args))
    return cb


class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return self.suppress


def finally_normal():
    try:
        x = 1
    finally:
        x = 2
    return x


def finally_exc():
    try:
        raise KeyError("fe")
    finally:
        y = 3


def finally_return_override():
    try:
        raise KeyError("swallowed")
    finally:
        return "overridden"


def with_exc():
    with Guard(False):
        raise ValueError("in with")


def with_suppress():
    with Guard(True):
        raise ValueError("suppressed")
    return "after with"


def nested_try():
    try:
        try:
            raise IndexError("inner")
        except KeyError:
            pass
    except IndexError:
        return "outer handled"


def drive():
    for fn in (finally_normal, finally_exc, finally_return_override, with_exc,
               with_suppress, nested_try):
        events.append("-- " + fn.__name__)
        try:
            r = fn()
            events.append("   returned %r" % (r,))
        except Exception as e:
            events.append("   raised %s%r" % (type(e).__name__, e.args))


mon.use_tool_id(TOOL, "finally")
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
