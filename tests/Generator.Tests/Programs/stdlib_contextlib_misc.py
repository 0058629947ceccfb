# contextlib's small context managers: closing, nullcontext, suppress, redirect_stdout/redirect_stderr,
# ContextDecorator, and the abstract context managers (CPython's test_contextlib cases).
import io
import sys
import contextlib
from contextlib import (AbstractContextManager, AbstractAsyncContextManager, ContextDecorator, closing,
                        nullcontext, suppress, redirect_stdout, redirect_stderr)

# --- AbstractContextManager
class DefaultEnter(AbstractContextManager):
    def __exit__(self, *args):
        super().__exit__(*args)


manager = DefaultEnter()
print("default enter", manager.__enter__() is manager)


class MissingExit(AbstractContextManager):
    pass


try:
    MissingExit()
except TypeError as e:
    print("abstract:", e)


class ManagerFromScratch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class NoEnter(ManagerFromScratch):
    __enter__ = None


class NoExit(ManagerFromScratch):
    __exit__ = None


class DefaultContextManager(AbstractContextManager):
    def __exit__(self, *args):
        pass


print("structural", issubclass(ManagerFromScratch, AbstractContextManager), issubclass(DefaultContextManager, AbstractContextManager))
print("None blocks", issubclass(NoEnter, AbstractContextManager), issubclass(NoExit, AbstractContextManager))
print("builtins", isinstance(3, AbstractContextManager))
print("generic alias", AbstractContextManager[int], AbstractAsyncContextManager[str])


class AsyncManagerFromScratch:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


print("async structural", issubclass(AsyncManagerFromScratch, AbstractAsyncContextManager), issubclass(ManagerFromScratch, AbstractAsyncContextManager))


class NoAsyncExit(AbstractAsyncContextManager):
    pass


try:
    NoAsyncExit()
except TypeError as e:
    print("abstract:", e)
print("abstract methods", sorted(AbstractContextManager.__abstractmethods__), sorted(AbstractAsyncContextManager.__abstractmethods__))

# --- closing
state = []


class C:
    def close(self):
        state.append(1)


x = C()
with closing(x) as y:
    print("closing enter", x is y, state)
print("closed", state)
state = []
try:
    with closing(x) as y:
        1 / 0
except ZeroDivisionError:
    print("closed after error", state)
print("closing doc", closing.__doc__ is not None, closing(None).__doc__ == closing.__doc__)
try:
    with closing(42):
        pass
except AttributeError as e:
    print("no close:", e)

# --- nullcontext
c = C()
with nullcontext(c) as c_in:
    print("nullcontext", c_in is c)
with nullcontext() as nothing:
    print("nullcontext default", nothing)
nc = nullcontext(5)
print("exit returns", nc.__exit__(KeyError, KeyError(), None), nc.enter_result)
try:
    with nullcontext():
        raise KeyError("through")
except KeyError as e:
    print("nullcontext does not suppress", e)

# --- suppress
with suppress(ValueError) as enter_result:
    print("suppress enter", enter_result)
with suppress(ValueError):
    print("no exception", pow(2, 5))
with suppress(TypeError):
    len(5)
print("exact suppressed")
with suppress(LookupError):
    "Hello"[50]
print("hierarchy suppressed")
try:
    with suppress(TypeError):
        1 / 0
except ZeroDivisionError as e:
    print("other exception:", e)
try:
    with suppress():
        1 / 0
except ZeroDivisionError as e:
    print("no args:", e)
with suppress(ZeroDivisionError, TypeError):
    1 / 0
with suppress(ZeroDivisionError, TypeError):
    len(5)
print("multiple suppressed")
ignore_exceptions = suppress(Exception)
with ignore_exceptions:
    pass
with ignore_exceptions:
    len(5)
outer_continued = False
with ignore_exceptions:
    with ignore_exceptions:
        len(5)
    outer_continued = True
    1 / 0
print("reentrant", outer_continued)
s = suppress(KeyError)
print("exit values", s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None), s.__exit__(ValueError, ValueError(), None))


class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub is KeyError


class Virtual(Exception, metaclass=Meta):
    pass


with suppress(Virtual):
    raise KeyError("by issubclass")
print("suppress uses issubclass")
try:
    with suppress(42):
        raise KeyError("x")
except TypeError as e:
    print("bad class:", e)
with suppress(KeyError):
    raise SystemExit if False else KeyError
print("suppress doc", suppress.__doc__ is not None)

# --- redirect_stdout / redirect_stderr
for redirect_stream, orig_stream in ((redirect_stdout, "stdout"), (redirect_stderr, "stderr")):
    orig = getattr(sys, orig_stream)
    redirect_stream(None)
    print(orig_stream, "no redirect in init", getattr(sys, orig_stream) is orig)
    f = io.StringIO()
    msg = "Consider an API like help(), which prints directly to stdout"
    with redirect_stream(f) as enter_result:
        print(msg, file=getattr(sys, orig_stream))
        same = enter_result is f
    print(orig_stream, "to StringIO", getattr(sys, orig_stream) is orig, same, repr(f.getvalue()))
    f = io.StringIO()
    write_to_f = redirect_stream(f)
    with write_to_f:
        print("Hello", end=" ", file=getattr(sys, orig_stream))
    with write_to_f:
        print("World!", file=getattr(sys, orig_stream))
    print(orig_stream, "reusable", getattr(sys, orig_stream) is orig, repr(f.getvalue()))
    f = io.StringIO()
    write_to_f = redirect_stream(f)
    with write_to_f:
        print("Hello", end=" ", file=getattr(sys, orig_stream))
        with write_to_f:
            print("World!", file=getattr(sys, orig_stream))
    print(orig_stream, "reentrant", getattr(sys, orig_stream) is orig, repr(f.getvalue()))
    print(orig_stream, "doc", redirect_stream(None).__doc__ == redirect_stream.__doc__)

# print() without file= follows sys.stdout.
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
    print("second line")
print("captured text", repr(buf.getvalue()))
buf = io.StringIO()
try:
    with redirect_stdout(buf):
        print("before error")
        raise ValueError("inside")
except ValueError as e:
    print("restored after error", sys.stdout is sys.__stdout__, repr(buf.getvalue()), e)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print("nested", repr(outer.getvalue()), repr(inner.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


col = Collector()
with redirect_stdout(col):
    print("a", "b", sep="|")
print("to a writer", col.parts)

# --- ContextDecorator
class mycontext(ContextDecorator):
    """Example decoration-compatible context manager for testing"""
    started = False
    exc = None
    catch = False

    def __enter__(self):
        self.started = True
        return self

    def __exit__(self, *exc):
        self.exc = exc
        return self.catch


print("instance doc", mycontext().__doc__)
context = mycontext()
with context as result:
    print("decorator cm", result is context, context.started)
print("exc", context.exc)
context = mycontext()
try:
    with context:
        raise NameError("foo")
except NameError as e:
    print("not caught", e, context.exc[0].__name__)
context = mycontext()
context.catch = True
with context:
    raise NameError("foo")
print("caught", context.exc[0].__name__)

context = mycontext()


@context
def test():
    print("in decorated", context.exc, context.started)
    return "result"


print(test(), context.exc)
context = mycontext()


@context
def test_raise():
    raise NameError("foo")


try:
    test_raise()
except NameError as e:
    print("decorated raise", e, context.exc[0].__name__)
context = mycontext()
context.catch = True


@context
def test_suppressed():
    raise NameError("foo")


print("decorated suppressed", test_suppressed())
context = mycontext()


class Test(object):
    @context
    def method(self, a, b, c=None):
        self.a = a
        self.b = b
        self.c = c


test_obj = Test()
test_obj.method(1, 2)
print("method", test_obj.a, test_obj.b, test_obj.c)
test_obj = Test()
test_obj.method("a", "b", "c")
print("method", test_obj.a, test_obj.b, test_obj.c)
test_obj = Test()
test_obj.method(a=1, b=2)
print("method", test_obj.a, test_obj.b, test_obj.c)
print("wrapped", Test.method.__name__, Test.method.__wrapped__.__name__)


class mycontext_typo_enter(ContextDecorator):
    def __unter__(self):
        pass

    def __exit__(self, *exc):
        pass


try:
    with mycontext_typo_enter():
        pass
except TypeError as e:
    print("typo enter:", e)


class mycontext_typo_exit(ContextDecorator):
    def __enter__(self):
        pass

    def __uxit__(self, *exc):
        pass


try:
    with mycontext_typo_exit():
        pass
except TypeError as e:
    print("typo exit:", e)


class somecontext(object):
    started = False
    exc = None

    def __enter__(self):
        self.started = True
        return self

    def __exit__(self, *exc):
        self.exc = exc


class mixin(somecontext, ContextDecorator):
    pass


context = mixin()


@context
def test_mixin():
    print("mixin", context.exc, context.started)


test_mixin()
print("mixin after", context.exc)

# A @contextmanager used as a decorator twice: a fresh generator for each call.
calls = []


@contextlib.contextmanager
def woohoo(x, y):
    calls.append(("enter", x, y))
    yield
    calls.append(("exit", x, y))


@woohoo(1, 2)
def twice(z):
    calls.append(("body", z))


twice(3)
twice(4)
print(calls)

# typing's aliases of the abstract context managers.
import typing
print(typing.ContextManager, typing.ContextManager[int], typing.AsyncContextManager[str], typing.get_origin(typing.ContextManager[int]))
print(isinstance(nullcontext(), typing.ContextManager), issubclass(ManagerFromScratch, typing.ContextManager))
try:
    typing.ContextManager[int, str]
except TypeError as e:
    print("error:", e)
