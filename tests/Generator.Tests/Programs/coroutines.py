# Coroutines (async def / await) driven by hand, as an event loop drives them: send(), throw(), close(),
# the __await__ protocol, and CPython's errors.


async def double(x):
    return x * 2


async def chain(n):
    total = 0
    for i in range(n):
        total += await double(i)
    return total


def run(coro):
    """Steps a coroutine to the end, printing what it yields; returns its value."""
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        if steps:
            print("  yielded", steps)
        return e.value


print("chain", run(chain(5)))


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


print("fib", run(fibonacci(15)))


class Sleep:
    """An awaitable: __await__ is a generator, which suspends the whole chain of awaits."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def worker(name, n):
    seen = []
    for i in range(n):
        got = await Sleep(f"{name}{i}")
        seen.append(got)
    return name, seen


# A round-robin scheduler: each coroutine runs to its next suspension in turn.
tasks = [worker("a", 3), worker("b", 1), worker("c", 2)]
results = {}
values = {t: None for t in tasks}
while tasks:
    for t in list(tasks):
        try:
            label = t.send(values[t])
            values[t] = label.upper()
            print("suspended at", label)
        except StopIteration as e:
            name, seen = e.value
            results[name] = seen
            tasks.remove(t)
print(results)


# Awaits in every kind of expression.
async def ident(x):
    return x


async def shapes():
    a = [await ident(1), await ident(2)]
    b = {"k": await ident(3)}
    c = f"<{await ident(4)}>"
    d = await ident(5) if await ident(True) else 0
    e = (await ident(6)) * 10 + await ident(7)
    f = await ident(None) or await ident(8)
    g = sorted([await ident(3), await ident(1)], key=lambda v: -v)
    h = max(await ident(2), await ident(9))
    i = -(await ident(10))
    return a, b, c, d, e, f, g, h, i


print(run(shapes()))


# Exceptions through awaits, try/except/finally inside coroutines.
async def fails(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


async def guarded(x):
    try:
        return await fails(x)
    except ValueError as e:
        print("  caught", e)
        return -1
    finally:
        print("  finally", x)


print(run(guarded(3)))
print(run(guarded(-3)))


async def propagates():
    await fails(-1)


try:
    run(propagates())
except ValueError as e:
    print("propagated", e)


# throw() and close() reach the innermost await.
async def waits():
    try:
        got = await Sleep("w")
        print("  resumed with", got)
    except KeyError as e:
        print("  KeyError at the await:", e)
        return "handled"
    finally:
        print("  cleanup")


c = waits()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)

c = waits()
c.send(None)
print("close ->", c.close())
print(c.cr_suspended, c.cr_running, c.cr_await)

c = waits()
c.send(None)
print(type(c.cr_await).__name__)
try:
    c.send("value")
except StopIteration as e:
    print("send ->", e.value)


# A coroutine's own protocol and errors.
co = double(4)
print(type(co).__name__, co.__name__, co.__qualname__, co.cr_running, co.cr_suspended)
w = co.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper ->", e.value)
for action in (lambda: co.send(None), lambda: co.throw(ValueError), lambda: co.close()):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)

for action in (lambda: iter(double(1)), lambda: next(double(1)), lambda: list(double(1)),
               lambda: double(1).send(5), lambda: [x for x in double(1)]):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)


class NotIterator:
    def __await__(self):
        return 5


class NoAwait:
    pass


class ReturnsCoroutine:
    def __await__(self):
        return double(1)


class IteratorObject:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 100)
        return self.n


class AwaitsIterator:
    def __await__(self):
        return IteratorObject()


async def awaits(o):
    return await o


for o in (NotIterator(), NoAwait(), ReturnsCoroutine(), 3, "s", AwaitsIterator()):
    try:
        print(run(awaits(o)))
    except Exception as e:
        print(type(e).__name__, e)


async def raises_stop():
    raise StopIteration


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


async def ignores_exit():
    try:
        await Sleep("x")
    except GeneratorExit:
        await Sleep("y")


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)


async def suspended():
    await Sleep("s")


s = suspended()
s.send(None)
try:
    run(awaits(s))
except RuntimeError as e:
    print("RuntimeError", e)


# Coroutine methods, closures and decorators.
class Account:
    def __init__(self, balance):
        self.balance = balance

    async def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        await Sleep("bank")
        self.balance -= amount
        return self.balance

    @staticmethod
    async def rate():
        return 0.05

    @classmethod
    async def open(cls, amount):
        return cls(amount)


async def banking():
    acct = await Account.open(100)
    left = await acct.withdraw(30)
    try:
        await acct.withdraw(500)
    except ValueError as e:
        print("  bank says", e)
    return left, await Account.rate(), await acct.rate()


print(run(banking()))


def logged(fn):
    async def wrapper(*args):
        print("  calling", fn.__name__, args)
        result = await fn(*args)
        print("  returned", result)
        return result
    return wrapper


@logged
async def add(a, b):
    return a + b


print(run(add(2, 3)))


def counter_factory():
    count = 0

    async def bump(by):
        nonlocal count
        count += await ident(by)
        return count
    return bump


bump = counter_factory()
print(run(bump(2)), run(bump(5)))
print(type(add).__name__, add.__name__, type(bump).__name__)


async def no_await():
    return "plain"


print(run(no_await()))
print(run(awaits(no_await())))
