# The calls CPython 3.12 makes without a call in the source: a class statement calls __build_class__ with the class
# body's function (C_RETURN once the class exists, C_RAISE when the body raises); a generator expression's function is
# called with the iterator of its first iterable (a Python function: no C_RETURN); a failing assert with a message
# calls AssertionError(msg) (one without a message raises the class: no call).
import sys

mon = sys.monitoring
E = mon.events
TOOL = 1
log = []


def show(value):
    if value is mon.MISSING:
        return "MISSING"
    if type(value).__name__.endswith("iterator") or type(value).__name__ == "generator":
        return "<%s>" % type(value).__name__
    if isinstance(value, list):
        return "<list>"
    if callable(value):
        return "<%s %s>" % (type(value).__name__, getattr(value, "__qualname__", "?"))
    return repr(value)


def recorder(kind):
    def cb(code, offset, func, arg0):
        if code.co_name in ("scenario", "Outer", "<genexpr>"):
            log.append("%-8s %-10s %s %s" % (kind, code.co_qualname, show(func), show(arg0)))
    return cb


def deco(cls):
    cls.decorated = True
    return cls


def scenario(values):
    class Base:
        pass

    @deco
    class Outer(Base):
        class Inner:
            pass
        size = len(values)

    try:
        class Broken:
            raise KeyError("in body")
    except KeyError as e:
        log.append("caught %r" % e)

    gen = (v * 2 for v in values)
    total = sum(gen)
    squares = list(x * x for x in range(3))
    try:
        assert total < 0, "total is %d" % total
    except AssertionError as e:
        log.append("assert %s" % e)
    try:
        assert total < 0
    except AssertionError as e:
        log.append("bare assert %r" % e)
    return Outer.size, Outer.decorated, Outer.Inner.__qualname__, total, squares


mon.use_tool_id(TOOL, "implicit calls")
mon.register_callback(TOOL, E.CALL, recorder("CALL"))
mon.register_callback(TOOL, E.C_RETURN, recorder("C_RETURN"))
mon.register_callback(TOOL, E.C_RAISE, recorder("C_RAISE"))
mon.set_events(TOOL, E.CALL)
result = scenario([1, 2, 3])
mon.set_events(TOOL, 0)
print(result)
print("\n".join(log))
