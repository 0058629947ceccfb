# PY_THROW: throw() and close() resume a suspended generator with PY_THROW at its yield (not PY_RESUME), a throw() into
# one that never started gives PY_THROW at its start and nothing else, a close() of one that never started nothing; a
# throw() into a generator suspended in 'yield from' is the delegate's PY_THROW only, and what the delegate yields then
# leaves through throw() without a PY_YIELD of the delegating generator. (Every generator is finished explicitly:
# CPython closes a dropped one when it is freed, PyAot does not, docs/architecture.md.)
import sys
mon = sys.monitoring
E = mon.events
log = []
NAMES = {E.PY_START: "PY_START", E.PY_RESUME: "PY_RESUME", E.PY_YIELD: "PY_YIELD", E.PY_RETURN: "PY_RETURN",
         E.PY_THROW: "PY_THROW"}
WANT = ("gen", "guarded", "stubborn", "outer", "inner")


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def recorder(event):
    def cb(code, offset, *rest):
        if code.co_name in WANT:
            extra = ""
            if rest:
                v = rest[0]
                extra = " " + (f"{type(v).__name__}{v.args!r}" if isinstance(v, BaseException) else repr(v))
            log.append(f"{NAMES[event]:10} {code.co_name:8} +{line_of(code, offset) - code.co_firstlineno}{extra}")
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
        log.append("   (guarded finally)")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def inner():
    try:
        yield "i"
    except KeyError:
        yield "inner caught"


def outer():
    yield from inner()


def drive():
    g = gen()
    next(g)
    try:
        g.throw(IndexError("boom"))
    except IndexError:
        log.append("-- IndexError out of gen")
    h = guarded()
    next(h)
    log.append(f"-- throw returned {h.throw(ValueError('bad'))!r}")
    h.close()
    log.append("-- closed guarded")
    g2 = gen()
    g2.close()
    log.append("-- closed unstarted")
    g3 = gen()
    try:
        g3.throw(KeyError("k"))
    except KeyError:
        log.append("-- KeyError out of unstarted gen")
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        log.append(f"-- {e}")
    log.append(f"-- finished stubborn: {list(s)!r}")
    o = outer()
    next(o)
    log.append(f"-- throw into outer returned {o.throw(KeyError('x'))!r}")
    log.append(f"-- finished outer: {list(o)!r}")


mon.use_tool_id(4, "throw")
for ev in NAMES:
    mon.register_callback(4, ev, recorder(ev))
mon.set_events(4, E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN | E.PY_THROW)
drive()
mon.set_events(4, 0)
mon.free_tool_id(4)
print("\n".join(log))
