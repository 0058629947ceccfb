# Values a generator or coroutine computes before a suspension and uses after it (operands evaluated left to right,
# the callee and arguments of a call one of whose arguments awaits, loop iterators carried round a loop that
# suspends), and values that never outlive a step.
import asyncio


class Step:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("step", self.value)
        return self.value if got is None else got


def drive(coro, sends=()):
    sends = list(sends)
    trace = []
    try:
        request = coro.send(None)
        while True:
            trace.append(request)
            request = coro.send(sends.pop(0) if sends else None)
    except StopIteration as stop:
        trace.append(("result", stop.value))
    return trace


calls = []


def note(tag, value):
    calls.append((tag, value))
    return value


async def operands(n):
    # left operand and the callee are evaluated before the await; they must survive it
    return note("left", n) * 100 + await Step(n + 1) + note("right", n + 2)


async def arguments(n):
    return note("call", max)(note("a", n), await Step(n * 2), note("c", n - 1))


async def nested(n):
    return [await Step(i) + await Step(i * 10) for i in range(n)]


async def subscripts(d):
    return d[await Step("k")] + d[note("key", "j")] * await Step(3)


async def loops(n):
    total = 0
    i = 0
    while i + await Step(0) < n:
        total += i * await Step(i)
        i += 1
    for j in range(note("range", n)):
        total += await Step(j) - j
    return total


async def recursive(n):
    if n <= 1:
        return n
    return await recursive(n - 1) + await recursive(n - 2)


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Step(self.i)


async def async_loops(n):
    total = 0
    async for v in Ticker(n):
        total += v * await Step(10)
    return total


class Resource:
    async def __aenter__(self):
        return await Step("enter")

    async def __aexit__(self, *exc):
        await Step("exit")
        return False


async def async_with():
    async with Resource() as r:
        value = r + str(await Step("body"))
    return value


async def agen(n):
    for i in range(n):
        yield note("agen", i) + await Step(i)


async def async_comprehension(n):
    return [x * 2 async for x in agen(n) if x % await Step(2) == 0]


for coro in (async_loops(3), async_with(), async_comprehension(4), operands(5), arguments(4), nested(3), subscripts({"k": 1, "j": 2}), loops(3), recursive(10)):
    print(drive(coro))
print(calls)
print(drive(operands(1), sends=[40]))


def gen_loops(data):
    for x in data:
        for y in range(note("inner", x)):
            yield x * 10 + y
        try:
            yield note("try", x) + len(data)
        except ValueError as e:
            yield f"caught {e} at {x}"
    yield sum(data) + len(data)


g = gen_loops([1, 2, 3])
print(next(g), next(g), g.throw(ValueError("boom")), list(g))


def pairs(items):
    it = iter(items)
    for a in it:
        b = next(it, None)
        yield (a, b), note("pair", a)


print(list(pairs("abcde")))


async def pause(value):
    await asyncio.sleep(0)
    return value


async def interleaved(tag, n):
    total = 0
    for i in range(n):
        total += note(tag, i) * 10 + await pause(i) + await pause(1)
    return tag, total


async def main():
    results = await asyncio.gather(recursive(12), interleaved("x", 3), interleaved("y", 2))
    print(results)
    print(calls[-5:])


asyncio.run(main())
