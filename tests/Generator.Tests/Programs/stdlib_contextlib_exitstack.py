# contextlib.ExitStack: callbacks, push, enter_context, pop_all, close, and the __context__ chains it builds so that
# they are those of nested with statements (CPython's test_contextlib cases).
from contextlib import ExitStack, contextmanager, AbstractContextManager


def chain(exc):
    """The exception and its __context__ chain, as names and arguments."""
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}{exc.args}")
        exc = exc.__context__
    return " <- ".join(out)


def raise_exc(exc):
    raise exc


def message(exc):
    """The exception's text without this module's name (__main__ when run, the program's name when imported)."""
    return str(exc).replace(__name__ + ".", "")


with ExitStack():
    pass
print("no resources")

# --- callback: arguments, order, __wrapped__
expected = [
    ((), {}),
    ((1,), {}),
    ((1, 2), {}),
    ((), dict(example=1)),
    ((1,), dict(example=1)),
    ((1, 2), dict(example=1)),
    ((1, 2), dict(self=3, callback=4)),
]
result = []


def _exit(*args, **kwds):
    """Test metadata propagation"""
    result.append((args, kwds))


with ExitStack() as stack:
    for args, kwds in reversed(expected):
        f = stack.callback(_exit, *args, **kwds)
        assert f is _exit
    for wrapper in stack._exit_callbacks:
        print("wrapper", wrapper[0], wrapper[1].__wrapped__ is _exit, wrapper[1].__name__, wrapper[1].__doc__)
print("callbacks", result == expected, result)

with ExitStack() as stack:
    try:
        stack.callback(arg=1)
    except TypeError as e:
        print("callback without callable:", e)
    try:
        ExitStack.callback(arg=2)
    except TypeError as e:
        print("unbound callback:", e)
    try:
        stack.callback(callback=_exit, arg=3)
    except TypeError as e:
        print("callback= keyword:", e)

# --- push: exit callables and objects with __exit__
seen = []


def _expect_exc(exc_type, exc, exc_tb):
    seen.append(("expect_exc", exc_type.__name__))


def _suppress_exc(*exc_details):
    seen.append(("suppress", exc_details[0].__name__))
    return True


def _expect_ok(exc_type, exc, exc_tb):
    seen.append(("expect_ok", exc_type, exc, exc_tb))


class ExitCM(object):
    def __init__(self, check_exc):
        self.check_exc = check_exc

    def __enter__(self):
        raise AssertionError("Should not be called!")

    def __exit__(self, *exc_details):
        self.check_exc(*exc_details)


with ExitStack() as stack:
    print(stack.push(_expect_ok) is _expect_ok, stack._exit_callbacks[-1][1] is _expect_ok)
    cm = ExitCM(_expect_ok)
    stack.push(cm)
    print("bound to cm", stack._exit_callbacks[-1][1].__self__ is cm, type(stack._exit_callbacks[-1][1]).__name__)
    stack.push(_suppress_exc)
    cm = ExitCM(_expect_exc)
    stack.push(cm)
    stack.push(_expect_exc)
    stack.push(_expect_exc)
    1 / 0
print(seen)

# --- enter_context
result = []


class TestCM(object):
    def __enter__(self):
        result.append(1)
        return "entered"

    def __exit__(self, *exc_details):
        result.append(3)


cm = TestCM()
with ExitStack() as stack:
    @stack.callback  # Registered first => cleaned up last
    def _exit():
        result.append(4)
    print("decorator returns the function", _exit is not None, _exit.__name__)
    print(stack.enter_context(cm))
    print("bound to cm", stack._exit_callbacks[-1][1].__self__ is cm)
    result.append(2)
print("enter_context", result)


class LacksEnterAndExit:
    pass


class LacksEnter:
    def __exit__(self, *exc_info):
        pass


class LacksExit:
    def __enter__(self):
        pass


with ExitStack() as stack:
    for cls in (LacksEnterAndExit, LacksEnter, LacksExit):
        try:
            stack.enter_context(cls())
        except TypeError as e:
            print("enter_context error:", message(e), e.__cause__, e.__suppress_context__)
    print("nothing pushed", not stack._exit_callbacks)
    for value in (1, "s", None):
        try:
            stack.enter_context(value)
        except TypeError as e:
            print("enter_context error:", e)

# --- close, pop_all
result = []
with ExitStack() as stack:
    @stack.callback
    def _exit():
        result.append(1)
    stack.close()
    result.append(2)
print("close", result)

result = []
with ExitStack() as stack:
    @stack.callback
    def _exit():
        result.append(3)
    new_stack = stack.pop_all()
    result.append(1)
result.append(2)
new_stack.close()
print("pop_all", result, type(new_stack).__name__, len(stack._exit_callbacks))

# --- raising and suppressing
try:
    with ExitStack() as stack:
        stack.push(lambda *exc: False)
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", chain(e))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    1 / 0
print("suppressed")

print("exit returns", ExitStack().__exit__(None, None, None))
s = ExitStack()
s.push(lambda *exc: True)
print("exit returns with nothing received", s.__exit__(None, None, None))
s = ExitStack()
s.push(lambda *exc: True)
print("exit returns when suppressing", s.__exit__(KeyError, KeyError(), None))

# --- the __context__ chains
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, ValueError)
        1 / 0
except ValueError as e:
    print("one callback raises", chain(e))


class RaiseExc:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        raise self.exc


class RaiseExcWithContext:
    def __init__(self, outer, inner):
        self.outer = outer
        self.inner = inner

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        try:
            raise self.inner
        except:
            raise self.outer


class SuppressExc:
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        type(self).saved_details = exc_details
        return True


try:
    with ExitStack() as stack:
        stack.enter_context(RaiseExc(IndexError))
        stack.enter_context(RaiseExcWithContext(KeyError, AttributeError))
        stack.enter_context(SuppressExc())
        stack.enter_context(RaiseExc(ValueError))
        1 / 0
except IndexError as exc:
    print("chaining (managers)", chain(exc))
print("inner", chain(SuppressExc.saved_details[1]))

saved_details = None


def suppress_exc(*exc_details):
    global saved_details
    saved_details = exc_details
    return True


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress_exc)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    print("chaining (callbacks)", chain(exc))
print("inner", chain(saved_details[1]))

try:
    with ExitStack() as stack:
        stack.callback(lambda: None)
        stack.callback(raise_exc, IndexError)
except Exception as exc:
    print("non-suppressing", chain(exc))


def suppress_all(*exc_details):
    return True


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, KeyError)
        stack.push(suppress_all)
        stack.callback(raise_exc, IndexError)
except Exception as exc:
    print("non-suppressing after suppress", chain(exc))


@contextmanager
def gets_the_context_right(exc):
    try:
        yield
    finally:
        raise exc


exc1 = Exception(1)
exc2 = Exception(2)
exc3 = Exception(3)
exc4 = Exception(4)
try:
    with ExitStack() as stack:
        stack.enter_context(gets_the_context_right(exc4))
        stack.enter_context(gets_the_context_right(exc3))
        stack.enter_context(gets_the_context_right(exc2))
        raise exc1
except Exception as exc:
    print("correct context", exc is exc4, exc.__context__ is exc3, exc.__context__.__context__ is exc2,
          exc.__context__.__context__.__context__ is exc1, chain(exc))


def raise_nested(inner_exc, outer_exc):
    try:
        raise inner_exc
    except BaseException:
        raise outer_exc


exc1 = Exception(1)
exc2 = Exception(2)
exc3 = Exception(3)
exc4 = Exception(4)
exc5 = Exception(5)
try:
    with ExitStack() as stack:
        stack.callback(raise_nested, exc4, exc5)
        stack.callback(raise_nested, exc2, exc3)
        raise exc1
except Exception as exc:
    print("existing context", exc is exc5, chain(exc))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.push(lambda *exc: 1 / 0)
    stack.push(lambda *exc: {}[1])
print("chaining suppressed")

# Two callbacks raise with no exception received and no exception being handled.
stack = ExitStack()
stack.callback(raise_exc, KeyError("1"))
stack.callback(raise_exc, ValueError("2"))
try:
    stack.close()
except Exception as e:
    print("close raising", chain(e))
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, KeyError("1"))
        stack.callback(raise_exc, ValueError("2"))
        raise TypeError("body")
except Exception as e:
    print("body and two callbacks", chain(e))

# --- many callbacks (no recursion), instance attributes bypassed
with ExitStack() as stack:
    for i in range(10000):
        stack.callback(int)
print("excessive nesting ok")


class Example(object):
    pass


cm = Example()
cm.__enter__ = object()
cm.__exit__ = object()
stack = ExitStack()
try:
    stack.enter_context(cm)
except TypeError as e:
    print("instance bypass:", message(e))
stack.push(cm)
print("pushed as callable", stack._exit_callbacks[-1][1] is cm)


class UniqueException(Exception):
    pass


class UniqueRuntimeError(RuntimeError):
    pass


@contextmanager
def second():
    try:
        yield 1
    except Exception as exc:
        raise UniqueException("new exception") from exc


@contextmanager
def first():
    try:
        yield 1
    except Exception as exc:
        raise exc


try:
    with ExitStack() as es_ctx:
        es_ctx.enter_context(second())
        es_ctx.enter_context(first())
        raise UniqueRuntimeError("please no infinite loop.")
except UniqueException as exc:
    print("dont reraise RuntimeError", chain(exc), exc.__cause__ is exc.__context__, exc.__context__.__cause__)

# --- ExitStack as a with target, managing several resources, reused after close
log = []


class Resource(AbstractContextManager):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("open " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("close " + self.name + (" " + exc[0].__name__ if exc[0] else ""))


try:
    with ExitStack() as stack:
        names = [stack.enter_context(Resource(n)) for n in "abc"]
        log.append(names)
        raise LookupError("stop")
except LookupError:
    pass
print(log)

stack = ExitStack()
stack.enter_context(Resource("d"))
stack.close()
stack.close()
stack.enter_context(Resource("e"))
stack.close()
print(log[-4:])
print(repr(ExitStack.__enter__(stack) is stack), isinstance(stack, AbstractContextManager))
