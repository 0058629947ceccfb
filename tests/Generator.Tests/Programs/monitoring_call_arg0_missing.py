import sys

mon = sys.monitoring
E = mon.events
TOOL = 2

events = []


class Widget:
    def __init__(self):
        self.v = 1

    def ping(self):
        return "pong"

    @staticmethod
    def static_noargs():
        return "s"

    @classmethod
    def cls_noargs(cls):
        return "c"


class Plain:
    pass


def noargs():
    return 0


def describe(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Widget):
        return "<Widget instance>"
    if obj is Widget:
        return "<class Widget>"
    return repr(obj)


def on_call(code, offset, func, arg0):
    if code.co_name == "run":
        events.append("%-14s %-18s arg0=%s" % (getattr(func, "__name__", "?"),
                                               type(func).__name__, describe(arg0)))


def run():
    noargs()
    (lambda: 1)()
    w = Widget()
    Plain()
    w.ping()
    Widget.ping(w)
    bound = w.ping
    bound()
    w.static_noargs()
    Widget.static_noargs()
    w.cls_noargs()
    Widget.cls_noargs()
    [].copy()
    list()
    dict()
    globals_len = len("")
    return globals_len


mon.use_tool_id(TOOL, "arg0")
mon.register_callback(TOOL, E.CALL, on_call)
mon.set_events(TOOL, E.CALL)
run()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.CALL, None)
mon.free_tool_id(TOOL)

for e in events:
    print(e)
print("MISSING is a singleton:", sys.monitoring.MISSING is mon.MISSING)
