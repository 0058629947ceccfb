import sys

mon = sys.monitoring
E = mon.events
TOOL = 4

events = []
WANT = {"define", "Base", "Child", "Inner", "__init_subclass__", "tag", "__set_name__",
        "Field"}


def describe(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if callable(obj) and hasattr(obj, "__name__"):
        return "<callable %s>" % obj.__name__
    if isinstance(obj, (str, int)) or obj is None:
        return repr(obj)
    return "<%s>" % type(obj).__name__


def on_start(code, offset):
    if code.co_name in WANT:
        events.append("PY_START  " + code.co_qualname)


def on_return(code, offset, value):
    if code.co_name in WANT:
        events.append("PY_RETURN %s %s" % (code.co_qualname, describe(value)))


def on_call(code, offset, func, arg0):
    if code.co_name in WANT:
        events.append("CALL      in %s: %s arg0=%s" % (code.co_qualname,
                                                     getattr(func, "__name__", "?"), describe(arg0)))


def tag(cls):
    cls.tagged = True
    return cls


class Field:
    def __set_name__(self, owner, name):
        self.name = name


def define():
    class Base:
        registry = []

        def __init_subclass__(cls, **kw):
            Base.registry.append(cls.__name__)

    @tag
    class Child(Base):
        f = Field()

        class Inner:
            z = 0

    return Child


mon.use_tool_id(TOOL, "classes")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.CALL, on_call)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.CALL)
C = define()
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RETURN, E.CALL):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)
for e in events:
    print(e)
print(C.__name__, C.tagged, C.f.name, C.__mro__[1].registry)
