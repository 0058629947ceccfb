# contextlib.asynccontextmanager: an asynchronous generator as an async context manager (cases from CPython's
# Lib/test/test_contextlib_async.py).
import asyncio
from contextlib import asynccontextmanager, AbstractAsyncContextManager


@asynccontextmanager
async def tracked(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"exit {name}")


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def reraise_other():
    try:
        yield
    except KeyError:
        raise ValueError("converted")


@asynccontextmanager
async def keeps_going_after_throw():
    try:
        yield
    except Exception:
        yield "again"


@asynccontextmanager
async def woke(log):
    await asyncio.sleep(0)
    log.append("set up")
    yield "woke"
    await asyncio.sleep(0)
    log.append("torn down")


@asynccontextmanager
async def plain():
    yield


async def main():
    log = []
    async with tracked("a", log) as v:
        log.append(f"body {v}")
    print(log)

    log = []
    async with tracked("b", log):
        1 / 0
    print(log)

    log = []
    try:
        async with tracked("c", log):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError went on:", e, log)

    for factory, label in ((no_yield, "no_yield"), (two_yields, "two_yields")):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print(label, "RuntimeError:", e)

    try:
        async with reraise_other():
            raise KeyError("x")
    except ValueError as e:
        print("ValueError:", e, "| context:", repr(e.__context__))

    try:
        async with keeps_going_after_throw():
            raise TypeError("t")
    except RuntimeError as e:
        print("RuntimeError:", e)

    # StopIteration and StopAsyncIteration raised in the body go on (not swallowed as the generator's end).
    for exc in (StopIteration("si"), StopAsyncIteration("sai")):
        try:
            async with plain():
                raise exc
        except (StopIteration, StopAsyncIteration) as e:
            print("went on:", type(e).__name__, e is exc)

    log = []
    async with woke(log) as w:
        log.append(w)
    print(log)

    cm = plain()
    print(isinstance(cm, AbstractAsyncContextManager), type(cm).__name__)
    print(tracked.__name__, tracked.__wrapped__.__name__)

    # As a decorator: a fresh generator each call.
    calls = []

    @asynccontextmanager
    async def around():
        calls.append("before")
        yield
        calls.append("after")

    @around()
    async def work(x):
        calls.append(f"work {x}")
        return x * 2

    print(await work(1), await work(2), calls)

    # The instance docstring is the generator function's.
    @asynccontextmanager
    async def documented():
        """Doc of the generator function."""
        yield

    print(documented().__doc__)

    # An exception class (not instance) given to __aexit__ is instantiated so identity can be checked.
    cm = tracked("d", log := [])
    await cm.__aenter__()
    print(await cm.__aexit__(ZeroDivisionError, None, None), log)


asyncio.run(main())
