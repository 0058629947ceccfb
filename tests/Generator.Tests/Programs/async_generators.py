# Asynchronous generators (PEP 525): iteration, asend/athrow/aclose, their errors, and the hooks.
import sys


class Sleep:
    """An awaitable that passes one value out to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("sleep", self.tag)
        return got


def run(coro):
    """Drives a coroutine by hand: every value it passes out is answered with a string."""
    n = 0
    try:
        while True:
            out = coro.send(None if n == 0 else f"answer{n}")
            print("  driver got", out)
            n += 1
    except StopIteration as e:
        return e.value


async def ticker(n):
    for i in range(n):
        got = await Sleep(i)
        print("  ticker awaited ->", got)
        yield i * 10
    print("  ticker done")


async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out


print("async for:", run(consume()))


async def simple():
    yield 1
    yield 2


g = simple()
print(type(g).__name__, type(g.__anext__()).__name__, type(g.aclose()).__name__)
print(g.__aiter__() is g, hasattr(g, "__next__"), hasattr(g, "send"))
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
print(g.ag_running, g.ag_await, g.__name__, g.__qualname__)


# Driving __anext__() by hand: an async yield ends the awaitable with StopIteration(value).
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)


g = simple()
print(step(g.__anext__()), step(g.__anext__()), step(g.__anext__()), step(g.__anext__()))

# An awaitable is used once.
g = simple()
a = g.__anext__()
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            print("  echo received", v)
    finally:
        print("  echo finally", received)


g = echo()
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.asend("b")))
print(step(g.aclose()))
print(step(g.asend("c")))


async def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught", repr(e))
            yield "recovered"
        except GeneratorExit:
            print("  GeneratorExit")
            raise


g = catcher()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("boom"))))
print(step(g.__anext__()))
print(step(g.athrow(ValueError("again"))))
print(step(g.aclose()))
print(step(g.aclose()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
print(step(g.__anext__()))
try:
    step(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def raiser(kind):
    yield 1
    if kind == "stop":
        raise StopIteration("x")
    if kind == "stopasync":
        raise StopAsyncIteration("y")
    raise KeyError(kind)


for kind in ("stop", "stopasync", "other"):
    g = raiser(kind)
    step(g.__anext__())
    try:
        step(g.__anext__())
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    print(" then:", step(g.__anext__()))


# An athrow into a generator that has not started finishes it.
g = simple()
try:
    step(g.athrow(KeyError("early")))
except KeyError as e:
    print("KeyError", e)
print(step(g.__anext__()))

# aclose() of a generator never started
g = simple()
print(step(g.aclose()), step(g.__anext__()))

# athrow's argument errors
for args in [(), (1,)]:
    g = simple()
    try:
        step(g.athrow(*args))
    except TypeError as e:
        print("TypeError:", e)


# ag_running while an __anext__ is in progress, and another __anext__ meanwhile.
async def slow():
    await Sleep("s")
    yield "slow"


g = slow()
a = g.__anext__()
print(a.send(None), g.ag_running, g.ag_await is not None)
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.send("done")
except StopIteration as e:
    print("value", e.value, g.ag_running)


# Hooks: firstiter is called with the generator on its first __anext__/asend/athrow/aclose.
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=lambda gen: seen.append(gen.__name__), finalizer=None)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.finalizer, callable(h.firstiter), h[1])
g = simple()
step(g.__anext__())
step(g.__anext__())
echo_gen = echo()
step(echo_gen.aclose())
print(seen)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print("TypeError:", e)
print(sys.get_asyncgen_hooks())


# async for with else, break, and nested async generators delegating by async for
async def chain(*gens):
    for gen in gens:
        async for v in gen:
            yield v


async def use_chain():
    out = []
    async for v in chain(simple(), ticker(2)):
        if v == 10:
            break
        out.append(v)
    else:
        out.append("no break")
    async for v in simple():
        out.append(v)
    else:
        out.append("else")
    return out


print(run(use_chain()))


class Countdown:
    """A class whose __aiter__ is an async generator method."""
    def __init__(self, n):
        self.n = n

    async def __aiter__(self):
        for i in range(self.n, 0, -1):
            yield i


async def use_countdown():
    return [0] + await collect(Countdown(3))


async def collect(it):
    out = []
    async for v in it:
        out.append(v)
    return out


print(run(use_countdown()))
