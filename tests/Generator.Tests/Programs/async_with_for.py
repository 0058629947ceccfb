# async with and async for in coroutines driven by hand: the protocols' calls and their order, exceptions through
# __aexit__, return/break/continue through it, StopAsyncIteration, and CPython's TypeErrors.


class Suspend:
    """An awaitable that suspends the whole chain once (as an event loop's future would)."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


def run(coro):
    suspensions = []
    try:
        while True:
            suspensions.append(coro.send(None))
    except StopIteration as e:
        if suspensions:
            print("  suspended:", suspensions)
        return e.value


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("  enter", self.name)
        await Suspend("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, exc)
        await Suspend("exit " + self.name)
        return self.suppress


async def simple():
    async with Resource("a") as value:
        print("  body with", value)
    return "simple done"


print(run(simple()))


async def nested_and_multiple():
    async with Resource("outer") as o, Resource("inner") as i:
        print("  body", o, i)
        async with Resource("deepest"):
            print("  deepest body")
    return [o, i]


print(run(nested_and_multiple()))


async def raising(suppress):
    async with Resource("r", suppress) as v:
        raise ValueError("boom " + v)
    return "after the with"


print(run(raising(True)))
try:
    run(raising(False))
except ValueError as e:
    print("ValueError escaped:", e)


async def leaving():
    out = []
    for i in range(4):
        async with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    async with Resource("ret"):
        return out
    return "not reached"


print(run(leaving()))


class Ticker:
    """An asynchronous iterator: __anext__ suspends, then returns the next number or ends."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend(f"tick {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    seen = []
    async for x in Ticker(3):
        seen.append(x)
    else:
        seen.append("else")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            break
        seen.append(x * 10)
    else:
        seen.append("not reached")
    total = 0
    async for a in Ticker(2):
        async for b in Ticker(2):
            total += a * b
    seen.append(total)
    return seen


print(run(loops()))


class Pairs:
    def __init__(self):
        self.items = [(1, "one"), (2, "two")]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def unpacking():
    result = {}
    async for number, name in Pairs():
        result[name] = number
    return result


print(run(unpacking()))


async def raising_in_loop():
    async for x in Ticker(3):
        if x == 2:
            raise KeyError(x)


try:
    run(raising_in_loop())
except KeyError as e:
    print("KeyError", e)


async def with_in_for():
    names = []
    async for x in Ticker(2):
        async with Resource(f"r{x}") as r:
            names.append(r)
    return names


print(run(with_in_for()))


class NoEnter:
    pass


class NoExit:
    async def __aenter__(self):
        return 1


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return 1


class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return 1


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def use_with(m):
    async with m as v:
        return v


async def use_for(m):
    async for x in m:
        return x


for m in (NoEnter(), NoExit(), EnterNotAwaitable(), ExitNotAwaitable()):
    try:
        print(run(use_with(m)))
    except TypeError as e:
        print("TypeError", e)
for m in (NoAiter(), AiterNoAnext(), AnextNotAwaitable(), [1, 2]):
    try:
        print(run(use_for(m)))
    except TypeError as e:
        print("TypeError", e)


class Quiet:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        return True


async def swallowed_return():
    for i in range(3):
        async with Quiet():
            if i == 0:
                raise RuntimeError("swallowed")
            return i
    return "no"


print(run(swallowed_return()))
