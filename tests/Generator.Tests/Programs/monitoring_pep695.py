# sys.monitoring over PEP 695 definitions: the scopes CPython makes run as code objects of their own
# (<generic parameters of f>, the lazily evaluated bounds and values); the type parameters and aliases are made without
# events (CPython's intrinsics). Only this file's code objects are reported.
import sys
mon = sys.monitoring
E = mon.events
seen = []

def record(name):
    def callback(code, *args):
        if code.co_filename == __file__:
            line = args[0] if name == "LINE" else ""
            seen.append(f"{name} {code.co_name} {line}".rstrip())
    return callback

TOOL = 4
mon.use_tool_id(TOOL, "pep695")
for event in ("PY_START", "PY_RETURN", "CALL", "LINE"):
    mon.register_callback(TOOL, getattr(E, event), record(event))
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.CALL | E.LINE)

def first[T: int](xs: list[T], default=0) -> T:
    return xs[0] if xs else default

type Pair[K] = tuple[K, K]
type Plain = int

class Box[V]:
    def get[W](self, w: W) -> tuple[V, W]:
        return (None, w)

first([1])
bound = first.__type_params__[0].__bound__
value = Pair.__value__
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print("\n".join(seen))
print(bound, value)
