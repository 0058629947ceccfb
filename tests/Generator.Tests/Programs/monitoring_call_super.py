import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

events = []
WANT = {"f", "method", "attr_method", "bad_method"}


def describe(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, A):
        return "<%s instance>" % type(obj).__name__
    return repr(obj)


def rec(kind):
    def cb(code, offset, func, arg0):
        if code.co_name in WANT:
            events.append("%-8s in %-13s %s %s" % (kind, code.co_qualname,
                                                   getattr(func, "__name__", "?"), describe(arg0)))
    return cb


def on_line(code, line):
    if code.co_name in WANT:
        events.append("line     in %-13s +%d" % (code.co_qualname, line - code.co_firstlineno))


class A:
    x = 1

    def method(self, x):
        return x


class B(A):
    def method(self, x):
        return super(
        ).method(
            x
        )

    def attr_method(self):
        return super(
        ).x

    def bad_method(self, x):
        return super(
            x,
            self,
        ).method(
            x
        )


b = B()


def f():
    r1 = b.method(1)
    r2 = b.attr_method()
    try:
        b.bad_method(1)
    except TypeError as e:
        r3 = type(e).__name__
    return r1, r2, r3


mon.use_tool_id(TOOL, "super")
mon.register_callback(TOOL, E.CALL, rec("CALL"))
mon.register_callback(TOOL, E.C_RETURN, rec("C_RETURN"))
mon.register_callback(TOOL, E.C_RAISE, rec("C_RAISE"))
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.LINE)
result = f()
mon.set_events(TOOL, 0)
for ev in (E.CALL, E.C_RETURN, E.C_RAISE, E.LINE):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
for e in events:
    print(e.rstrip())
print(result)
