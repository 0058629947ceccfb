# Asynchronous generator expressions (PEP 530): an async for, or an await in the expression's own code, makes a
# generator expression an async generator object, in any function (cases from CPython's test_coroutines.py and
# test_asyncgen.py).
import asyncio


class suspend:
    # An awaitable that yields its value to whatever drives the coroutine.
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


def run_async(coro):
    # Drives a coroutine by hand: what it yields to the loop is collected, None is sent back.
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value


async def f(it):
    for i in it:
        yield i


async def asynciter(iterable):
    for x in iterable:
        yield x


async def run_gen():
    gen = (i + 1 async for i in f([10, 20]))
    return [g + 100 async for g in gen]

print(run_async(run_gen()))


async def run_gen_filtered():
    gen = (i + 10 async for i in f(range(5)) if 0 < i < 4)
    return [g + 100 async for g in gen]

print(run_async(run_gen_filtered()))


async def run_list_inside_gen():
    gen = ([i + j async for i in asynciter([1, 2])] for j in [10, 20])
    return [x async for x in gen]

print(run_async(run_list_inside_gen()))


async def run_gen_inside_list():
    gens = [(i async for i in asynciter(range(j))) for j in [3, 5]]
    return [x for g in gens async for x in g]

print(run_async(run_gen_inside_list()))


async def run_gen_inside_gen():
    gens = ((i async for i in asynciter(range(j))) for j in [3, 5])
    return [x for g in gens async for x in g]

print(run_async(run_gen_inside_gen()))


# Made in an ordinary function: legal since 3.7.
def make_arange(n):
    return (i * 2 async for i in f(range(n)))


async def wrap(n):
    await suspend(("wrap", n))
    return n


def make_filtered(n):
    return (i * 2 for i in range(n) if await wrap(i))


async def run_made():
    a = [i async for i in make_arange(4)]
    b = [i async for i in make_filtered(4)]
    return a, b

print(run_async(run_made()))

g = make_arange(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(type(make_filtered(2)).__name__, make_filtered(2).__qualname__)
print(type((x for x in [])).__name__)


# The await in the element suspends the expression's consumer: what it yields reaches the loop.
async def run_awaits():
    gen = (await suspend(x) for x in "ab")
    out = []
    async for v in gen:
        out.append(v)
    return out

print(run_async(run_awaits()))


# Several fors, async and not, with a closure.
async def run_nested(scale):
    gen = (scale * (a + b) async for a in asynciter([1, 2]) for b in range(a) if b != 1 async for _ in asynciter("x"))
    return [v async for v in gen]

print(run_async(run_nested(10)))


async def run_two_async():
    return sum([v async for v in (a + b async for a in asynciter(range(3)) async for b in asynciter(range(2)))])

print(run_async(run_two_async()))


# The first iterable's __aiter__ is taken where the expression is made; the rest as it runs.
def aiter_error():
    try:
        (x async for x in 5)
    except TypeError as e:
        print("TypeError:", e)

aiter_error()


async def later_aiter_error():
    gen = (y async for x in asynciter([1]) async for y in x)
    try:
        await gen.__anext__()
    except TypeError as e:
        print("TypeError:", e)

print(run_async(later_aiter_error()))


# The async generator protocol: __anext__, asend, athrow, aclose.
async def protocol():
    g2 = (x async for x in asynciter(range(5)))
    print(await g2.__anext__(), await g2.asend(None))
    try:
        await g2.athrow(ValueError("boom"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("stopped after athrow")
    g3 = (x async for x in asynciter(range(5)))
    print(await g3.__anext__())
    await g3.aclose()
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print("stopped after aclose")
    print(g3.ag_running, g3.ag_frame)

print(run_async(protocol()))


# A StopAsyncIteration raised inside the expression (here by its target) becomes a RuntimeError.
class BadTarget:
    def __setitem__(self, key, value):
        raise StopAsyncIteration(42)


async def bad_target():
    tgt = BadTarget()
    gen = (0 async for tgt[0] in f([10]))
    try:
        await gen.asend(None)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    return "end"

print(run_async(bad_target()))


class BadIterable:
    def __iter__(self):
        raise StopAsyncIteration(42)


async def bad_pairs():
    gen = (0 async for i, j in f([BadIterable()]))
    try:
        await gen.asend(None)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    return "end"

print(run_async(bad_pairs()))


# An exception from the source passes through.
async def failing():
    yield 1
    raise KeyError("source")


async def run_failing():
    out = []
    try:
        async for v in (x * 3 async for x in failing()):
            out.append(v)
    except KeyError as e:
        out.append(repr(e))
    return out

print(run_async(run_failing()))


# Names: the loop variables are the expression's own; the enclosing scope's are untouched.
async def scoping():
    x = "outer"
    gen = (x async for x in asynciter([1, 2]))
    values = [v async for v in gen]
    return x, values

print(run_async(scoping()))


# With asyncio's loop.
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([i async for i in (i * 2 async for i in arange(5))])
    print([i async for i in (i for i in range(6) if await wrap_sleep(i % 2))])


async def wrap_sleep(n):
    await asyncio.sleep(0)
    return n

asyncio.run(main())


# At module level and in a class body, too.
module_level = (v * v async for v in asynciter([3, 4]))
print(type(module_level).__name__)


async def drain(agen):
    return [v async for v in agen]

print(run_async(drain(module_level)))


class Holder:
    values = (await wrap(v) for v in [7, 8])

print(run_async(drain(Holder.values)))
