# contextlib's asynchronous parts: AsyncExitStack, aclosing, nullcontext with async with, AsyncContextDecorator and
# AbstractAsyncContextManager (CPython's test_contextlib_async cases), run by asyncio.run.
import asyncio
from contextlib import (AbstractAsyncContextManager, AsyncContextDecorator, AsyncExitStack, ExitStack, aclosing,
                        nullcontext, contextmanager)


def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}{exc.args}")
        exc = exc.__context__
    return " <- ".join(out)


def message(exc):
    return str(exc).replace(__name__ + ".", "")


async def raise_exc(exc):
    raise exc


class DefaultEnter(AbstractAsyncContextManager):
    async def __aexit__(self, *args):
        await super().__aexit__(*args)


async def abstract_cm():
    manager = DefaultEnter()
    print("default aenter", await manager.__aenter__() is manager)
    async with manager as m:
        print("async with", m is manager)


async def async_callbacks():
    expected = [
        ((), {}),
        ((1,), {}),
        ((1, 2), {}),
        ((), dict(example=1)),
        ((1,), dict(example=1)),
        ((1, 2), dict(example=1)),
    ]
    result = []

    async def _exit(*args, **kwds):
        """Test metadata propagation"""
        result.append((args, kwds))

    async with AsyncExitStack() as stack:
        for args, kwds in reversed(expected):
            f = stack.push_async_callback(_exit, *args, **kwds)
            assert f is _exit
        for wrapper in stack._exit_callbacks:
            print("wrapper", wrapper[0], wrapper[1].__wrapped__ is _exit, wrapper[1].__name__, wrapper[1].__doc__)
    print("async callbacks", result == expected)
    async with AsyncExitStack() as stack:
        for call in (lambda: stack.push_async_callback(arg=1), lambda: AsyncExitStack.push_async_callback(arg=2),
                     lambda: stack.push_async_callback(callback=_exit, arg=3)):
            try:
                call()
            except TypeError as e:
                print("error:", e)


async def async_push():
    seen = []

    async def _expect_exc(exc_type, exc, exc_tb):
        seen.append(("expect_exc", exc_type.__name__))

    async def _suppress_exc(*exc_details):
        seen.append("suppress")
        return True

    async def _expect_ok(exc_type, exc, exc_tb):
        seen.append(("expect_ok", exc_type, exc, exc_tb))

    class ExitCM(object):
        def __init__(self, check_exc):
            self.check_exc = check_exc

        async def __aenter__(self):
            raise AssertionError("Should not be called!")

        async def __aexit__(self, *exc_details):
            await self.check_exc(*exc_details)

    async with AsyncExitStack() as stack:
        stack.push_async_exit(_expect_ok)
        print("pushed", stack._exit_callbacks[-1] == (False, _expect_ok))
        cm = ExitCM(_expect_ok)
        stack.push_async_exit(cm)
        print("bound", stack._exit_callbacks[-1][1].__self__ is cm)
        stack.push_async_exit(_suppress_exc)
        cm = ExitCM(_expect_exc)
        stack.push_async_exit(cm)
        stack.push_async_exit(_expect_exc)
        stack.push_async_exit(_expect_exc)
        1 / 0
    print(seen)


async def enter_async_context():
    result = []

    class TestCM(object):
        async def __aenter__(self):
            result.append(1)
            return "value"

        async def __aexit__(self, *exc_details):
            result.append(3)

    cm = TestCM()
    async with AsyncExitStack() as stack:
        @stack.push_async_callback  # Registered first => cleaned up last
        async def _exit():
            result.append(4)
        print("entered", await stack.enter_async_context(cm), stack._exit_callbacks[-1][1].__self__ is cm)
        result.append(2)
    print("enter_async_context", result)

    class LacksEnterAndExit:
        pass

    class LacksEnter:
        async def __aexit__(self, *exc_info):
            pass

    class LacksExit:
        async def __aenter__(self):
            pass

    async with AsyncExitStack() as stack:
        for cls in (LacksEnterAndExit, LacksEnter, LacksExit):
            try:
                await stack.enter_async_context(cls())
            except TypeError as e:
                print("error:", message(e))
        print("nothing pushed", not stack._exit_callbacks)


async def chaining():
    saved_details = None

    async def suppress_exc(*exc_details):
        nonlocal saved_details
        saved_details = exc_details
        return True

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raise_exc, IndexError)
            stack.push_async_callback(raise_exc, KeyError)
            stack.push_async_callback(raise_exc, AttributeError)
            stack.push_async_exit(suppress_exc)
            stack.push_async_callback(raise_exc, ValueError)
            1 / 0
    except IndexError as exc:
        print("async chaining", chain(exc))
    print("inner", chain(saved_details[1]))

    # Synchronous callbacks and managers mixed in.
    log = []

    @contextmanager
    def sync_cm(name):
        log.append("enter " + name)
        try:
            yield name
        finally:
            log.append("exit " + name)

    try:
        async with AsyncExitStack() as stack:
            stack.enter_context(sync_cm("s1"))
            stack.callback(log.append, "callback")
            await stack.enter_async_context(nullcontext("n"))
            stack.push(lambda *exc: log.append(("push", exc[0].__name__ if exc[0] else None)))
            raise KeyError("body")
    except KeyError as e:
        print("mixed", log, e)

    stack = AsyncExitStack()
    stack.push_async_callback(raise_exc, KeyError("1"))
    stack.push_async_callback(raise_exc, ValueError("2"))
    try:
        await stack.aclose()
    except Exception as e:
        print("aclose raising", chain(e))

    async def suppress_all(*exc):
        return True

    stack = AsyncExitStack()
    stack.push_async_exit(suppress_all)
    print("aexit returns", await stack.__aexit__(KeyError, KeyError(), None))
    print("aexit returns nothing received", await AsyncExitStack().__aexit__(None, None, None))


async def pop_all_and_bypass():
    result = []
    async with AsyncExitStack() as stack:
        async def _exit():
            result.append(3)
        stack.push_async_callback(_exit)
        new_stack = stack.pop_all()
        result.append(1)
    result.append(2)
    await new_stack.aclose()
    print("pop_all", result, type(new_stack).__name__)

    class Example(object):
        pass

    cm = Example()
    cm.__aenter__ = object()
    cm.__aexit__ = object()
    stack = AsyncExitStack()
    try:
        await stack.enter_async_context(cm)
    except TypeError as e:
        print("bypass:", message(e))
    stack.push_async_exit(cm)
    print("pushed as callable", stack._exit_callbacks[-1][1] is cm)
    with ExitStack() as sync_stack:
        try:
            sync_stack.enter_context(nullcontext())
            print("nullcontext is a sync manager too")
        except TypeError as e:
            print("error:", e)


class Resource:
    def __init__(self, log):
        self.log = log

    async def aclose(self):
        self.log.append("aclosed")


async def aclosing_cases():
    log = []
    r = Resource(log)
    async with aclosing(r) as got:
        print("aclosing enter", got is r, log)
    print("aclosing", log)
    log.clear()
    try:
        async with aclosing(r):
            1 / 0
    except ZeroDivisionError:
        print("aclosing after error", log)
    print("aclosing doc", aclosing(None).__doc__ == aclosing.__doc__)
    c = object()
    async with nullcontext(c) as c_in:
        print("async nullcontext", c_in is c)
    async with nullcontext() as nothing:
        print("async nullcontext default", nothing)


class mycontext(AsyncContextDecorator):
    """Example decoration-compatible context manager for testing"""
    started = False
    exc = None
    catch = False

    async def __aenter__(self):
        self.started = True
        return self

    async def __aexit__(self, *exc):
        self.exc = exc
        return self.catch


async def decorator_cases():
    context = mycontext()

    @context
    async def test(x):
        print("in decorated", context.exc, context.started)
        return x * 2

    print("result", await test(21), context.exc)
    print("names", test.__name__, test.__wrapped__.__name__)
    context = mycontext()

    @context
    async def test_raise():
        raise NameError("foo")

    try:
        await test_raise()
    except NameError as e:
        print("decorated raise", e, context.exc[0].__name__)
    context = mycontext()
    context.catch = True

    @context
    async def test_suppressed():
        raise NameError("foo")

    print("decorated suppressed", await test_suppressed(), context.exc[0].__name__)
    context = mycontext()

    class Test(object):
        @context
        async def method(self, a, b, c=None):
            self.a = a
            self.b = b
            self.c = c

    test_obj = Test()
    await test_obj.method(1, 2)
    print("method", test_obj.a, test_obj.b, test_obj.c)
    test_obj = Test()
    await test_obj.method(a="a", b="b", c="c")
    print("method", test_obj.a, test_obj.b, test_obj.c)

    class NotAsync(AsyncContextDecorator):
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    @NotAsync()
    async def plain():
        return 1

    try:
        await plain()
    except TypeError as e:
        print("error:", e)


async def main():
    await abstract_cm()
    await async_callbacks()
    await async_push()
    await enter_async_context()
    await chaining()
    await pop_all_and_bypass()
    await aclosing_cases()
    await decorator_cases()


asyncio.run(main())
