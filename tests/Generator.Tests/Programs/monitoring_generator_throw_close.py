import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"gen", "guarded", "drive", "stubborn"}
NAMES = {}
for _n in ("PY_START", "PY_RESUME", "PY_YIELD", "PY_RETURN", "PY_THROW", "PY_UNWIND",
           "RAISE"):
    NAMES[getattr(E, _n)] = _n


def make(ev):
    name = NAMES[ev]

    def cb(code, offset, *rest):
        if code.co_name not in WANT:
            return
        line = line_of(code, offset)
        if line is not None:
            line = "+%d" % (line - code.co_firstlineno)
        if rest and isinstance(rest[0], BaseException):
            exc = rest[0]
            detail = "%s%r" % (type(exc).__name__, exc.args)
        elif rest:
            detail = repr(rest[0])
        else:
            detail = ""
        events.append("%-17s %-8s %s %s" % (name, code.co_name, line, detail))
    return cb


def gen():
    yield 1
    yield 2


def guarded():
    try:
        yield "a"
    except ValueError as e:
        yield "handled " + str(e)
    finally:
        events.append("   (guarded finally)")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def drive():
    events.append("-- throw into gen, uncaught")
    g = gen()
    next(g)
    try:
        g.throw(IndexError("boom"))
    except IndexError:
        pass
    events.append("-- throw into guarded, caught inside")
    h = guarded()
    next(h)
    r = h.throw(ValueError("bad"))
    events.append("   throw returned %r" % r)
    events.append("-- close guarded")
    h.close()
    events.append("-- close suspended gen")
    g2 = gen()
    next(g2)
    g2.close()
    events.append("-- close unstarted gen")
    g3 = gen()
    g3.close()
    events.append("-- throw into unstarted gen")
    g4 = gen()
    try:
        g4.throw(KeyError("k"))
    except KeyError:
        pass
    events.append("-- stubborn close")
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        events.append("   RuntimeError %s" % e)
    events.append("-- finish stubborn")
    try:
        next(s)
    except StopIteration:
        events.append("   stubborn exhausted")
    return 0


mon.use_tool_id(TOOL, "throw/close")
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
    print(e.rstrip())
