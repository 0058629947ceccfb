# sys.monitoring in asynchronous generator expressions: the expression is its own code object (PY_START once, then
# PY_YIELD/PY_RESUME at each item), the StopIteration that ends each await of __anext__ is raised in it, and athrow()
# and the end of its source are reported where CPython 3.12 reports them.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 3
mon.use_tool_id(TOOL, "trace")
log = []
NAMES = ("PY_START", "PY_RESUME", "PY_YIELD", "PY_RETURN", "PY_UNWIND", "PY_THROW", "STOP_ITERATION", "RAISE",
         "RERAISE", "EXCEPTION_HANDLED", "LINE")
WATCHED = ("<genexpr>", "agen", "main")


def recorder(name):
    def record(code, *args):
        if code.co_name in WATCHED:
            value = args[-1] if name != "LINE" else args[0]
            if isinstance(value, BaseException) or type(value).__name__ == "async_generator_wrapped_value":
                # (an async generator's own yield is reported wrapped, with an address in its repr)
                shown = type(value).__name__
            else:
                shown = value if name in ("LINE", "PY_YIELD", "PY_RETURN") else ""
            log.append(f"{name} {code.co_name} {shown}")
    return record


events = 0
for name in NAMES:
    mon.register_callback(TOOL, getattr(E, name), recorder(name))
    events |= getattr(E, name)


async def agen():
    yield 1
    yield 2


class Box:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


async def main():
    print([v async for v in (x * 2 async for x in agen())])
    source = agen()
    g = (x * 10 async for x in source if x)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError)
    except KeyError:
        print("KeyError")
    await source.aclose()
    h = (await Box(w) for w in [4, 5])
    print([v async for v in h])
    return "done"


mon.set_events(TOOL, events)
coroutine = main()
try:
    coroutine.send(None)
except StopIteration as e:
    print(e.value)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print("\n".join(log))
