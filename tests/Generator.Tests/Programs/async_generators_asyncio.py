# Asynchronous generators under asyncio: async for, aiter/anext, aclose, and the loop closing what is left unfinished.
import asyncio


async def numbers(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"  numbers({n}) finally")


async def squares(source):
    async for v in source:
        yield v * v


class Ticker:
    """An async iterator written as a class, with an async generator for __aiter__'s work."""
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def main():
    print("start")
    out = []
    async for v in squares(numbers(4)):
        out.append(v)
    print("squares:", out)

    it = aiter(numbers(3))
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(it, "default"))

    t = Ticker(2)
    print(aiter(t) is t, await anext(t), await anext(t), await anext(t, "done"))

    for bad in (1, [1, 2]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)

    # Two consumers interleaved on one generator each; gather of generators' steps.
    async def collect(name, gen):
        got = []
        async for v in gen:
            got.append(v)
            await asyncio.sleep(0)
        return name, got

    print(await asyncio.gather(collect("a", numbers(3, 0.05)), collect("b", numbers(2))))

    # break leaves the generator suspended; aclose() runs its finally now.
    gen = numbers(10)
    async for v in gen:
        if v == 2:
            break
    print("after break, running:", gen.ag_running)
    await gen.aclose()
    print("closed")

    # An exception thrown in with athrow is handled inside.
    async def resilient():
        while True:
            try:
                yield "ok"
            except KeyError as e:
                print("  resilient caught", e)

    r = resilient()
    print(await r.asend(None), await r.athrow(KeyError("k")), await r.asend(None))
    await r.aclose()

    # Left suspended: asyncio.run's shutdown_asyncgens closes these when main returns.
    global leftover
    leftover = numbers(5)
    print("leftover first:", await anext(leftover))
    print("main done")


asyncio.run(main())
print("after run")
