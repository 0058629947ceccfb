# CALL at method call sites whose fast form goes through the attribute cache (obj.name(args)): the callable and arg0
# the event reports, when the method is a plain function of the class, shadowed on the instance, replaced on the class
# between calls, inherited, a staticmethod or classmethod, a builtin, and a callable object; C_RETURN only for callees
# that are not Python functions.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def name_of(obj):
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    return name if name is not None else "<" + type(obj).__name__ + " instance>"


def show(obj):
    if obj is mon.MISSING:
        return "MISSING"
    if isinstance(obj, Base):
        return "<" + type(obj).__name__ + ">"
    if isinstance(obj, type):
        return "<class " + obj.__name__ + ">"
    return repr(obj)


events = []


def record(kind):
    def callback(code, offset, func, arg0):
        if code.co_name == "run":
            events.append((kind, line_of(code, offset) - code.co_firstlineno, name_of(func), type(func).__name__, show(arg0)))
    return callback


class Base:
    def greet(self, x):
        return x + 1

    def inherited(self):
        return "base"


class Child(Base):
    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def klass(cls, x):
        return x * 3


class Adder:
    def __call__(self, x):
        return x + 100


def replacement(self, x):
    return x - 1


def run(objs):
    out = []
    for o in objs:
        out.append(o.greet(1))
        out.append(o.inherited())
    c = objs[1]
    out.append(c.static(2))
    out.append(c.klass(3))
    c.greet = len
    out.append(c.greet("abcd"))
    c.greet = Adder()
    out.append(c.greet(5))
    del c.greet
    Base.greet = replacement
    out.append(c.greet(10))
    return out


mon.use_tool_id(TOOL, "test")
mon.register_callback(TOOL, E.CALL, record("CALL"))
mon.register_callback(TOOL, E.C_RETURN, record("C_RETURN"))
mon.register_callback(TOOL, E.C_RAISE, record("C_RAISE"))
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
result = run([Base(), Child()])
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print(result)
for e in events:
    print(*e)
