# Asynchronous comprehensions (PEP 530): async for and await in list, set and dict comprehensions inside async def,
# and their scoping (PEP 709: inlined, the iteration variables hidden).
import asyncio


async def agen(n, tag=""):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}" if tag else i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 == 0])
    print([await double(x) for x in range(4)])
    print([await double(x) for x in range(6) if await double(x) > 4])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in range(2) async for y in agen(2, "t")])
    print([x async for x in Countdown(3)])
    print([[y async for y in agen(x)] for x in range(3)])
    print([await double(y) async for y in agen(3)])

    # The iteration variable is the comprehension's own; a same-named local is untouched.
    x = "outer"
    result = [x async for x in agen(2)]
    print(result, x)

    # An exception in the comprehension propagates; the async generator is left as it stood.
    try:
        print([1 // (2 - x) async for x in agen(4)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

    # Not asynchronous iterables (a list display is a tuple to CPython's optimizer)
    try:
        print([x async for x in [1, 2]])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print({x async for x in range(2)})
    except TypeError as e:
        print("TypeError:", e)

    # Comprehensions inside expressions that go on after it
    total = sum([x async for x in agen(5)]) + len({await double(i) for i in range(3)})
    print(total)
    print(max([x async for x in agen(4)], default=None), [x async for x in agen(0)])

    # Closures over the comprehension's variable
    fns = [lambda: x async for x in agen(3)]
    print([f() for f in fns])


asyncio.run(main())

