# contextlib.contextmanager: a generator as a context manager, its error handling (CPython's test_contextlib cases)
# and its use as a decorator.
import contextlib
from contextlib import contextmanager


def show(label, exc):
    print(label, type(exc).__name__, exc.args)


# --- plain use, finally, except
state = []


@contextmanager
def woohoo():
    state.append(1)
    yield 42
    state.append(999)


with woohoo() as x:
    print("plain", state, x)
    state.append(x)
print("plain after", state)

state = []


@contextmanager
def with_finally():
    state.append(1)
    try:
        yield 42
    finally:
        state.append(999)


try:
    with with_finally() as x:
        state.append(x)
        raise ZeroDivisionError()
except ZeroDivisionError as e:
    print("finally ran", state, type(e).__name__)

state = []


@contextmanager
def with_except():
    state.append(1)
    try:
        yield 42
    except ZeroDivisionError as e:
        state.append(e.args[0])


with with_except() as x:
    state.append(x)
    raise ZeroDivisionError(999)
print("except swallowed", state)


# --- __exit__ called by hand
@contextmanager
def whee():
    yield


ctx = whee()
ctx.__enter__()
print("no reraise", ctx.__exit__(TypeError, TypeError("foo"), None))


@contextmanager
def yield_after_throw():
    try:
        yield
    except:
        yield


ctx = yield_after_throw()
ctx.__enter__()
try:
    ctx.__exit__(TypeError, TypeError("foo"), None)
except RuntimeError as e:
    show("yield after throw", e)
print("gen finished", ctx.gen.gi_frame is None)


@contextmanager
def no_yield():
    if False:
        yield


ctx = no_yield()
try:
    ctx.__enter__()
except RuntimeError as e:
    show("no yield", e)
    print("suppressed context", e.__suppress_context__, e.__cause__)


@contextmanager
def second_yield():
    yield
    yield


ctx = second_yield()
ctx.__enter__()
try:
    ctx.__exit__(None, None, None)
except RuntimeError as e:
    show("second yield", e)
print("gen finished", ctx.gen.gi_frame is None)

try:
    with second_yield():
        pass
except RuntimeError as e:
    show("second yield in with", e)


@contextmanager
def non_normalised():
    try:
        yield
    except RuntimeError:
        raise SyntaxError


ctx = non_normalised()
ctx.__enter__()
try:
    ctx.__exit__(RuntimeError, None, None)
except SyntaxError as e:
    show("non-normalised", e)
    print("context is a RuntimeError", type(e.__context__).__name__)


# --- the exception passed in comes back with its identity
@contextmanager
def passthrough():
    yield


err = KeyError("k")
try:
    with passthrough():
        raise err
except KeyError as e:
    print("same exception", e is err)


@contextmanager
def reraise_same():
    try:
        yield
    except ValueError as e:
        raise


err = ValueError("v")
try:
    with reraise_same():
        raise err
except ValueError as e:
    print("re-raised same", e is err, e.__context__)


@contextmanager
def raise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("other") from e


try:
    with raise_other():
        raise ValueError("v")
except TypeError as e:
    show("other", e)
    print("cause", repr(e.__cause__))


# --- StopIteration and PEP 479
class StopIterationSubclass(StopIteration):
    pass


for stop_exc in (StopIteration("spam"), StopIterationSubclass("spam")):
    try:
        with woohoo():
            raise stop_exc
    except Exception as ex:
        print("stopiteration kept", type(ex).__name__, ex is stop_exc)
    else:
        print("stopiteration suppressed")


@contextmanager
def issue29692():
    try:
        yield
    except Exception as exc:
        raise RuntimeError("issue29692:Chained") from exc


try:
    with issue29692():
        raise ZeroDivisionError
except Exception as ex:
    print("chained", type(ex).__name__, ex.args[0], type(ex.__cause__).__name__)
try:
    with issue29692():
        raise StopIteration("issue29692:Unchained")
except Exception as ex:
    print("unchained", type(ex).__name__, ex.args[0], ex.__cause__)


@contextmanager
def wrap_runtimeerror():
    try:
        yield
    except Exception as exc:
        raise RuntimeError(f"caught {exc}") from exc


try:
    with wrap_runtimeerror():
        1 / 0
except RuntimeError as e:
    show("wrapped", e)
try:
    with wrap_runtimeerror():
        raise StopIteration
except StopIteration as e:
    show("unwrapped", e)

# A RuntimeError passed in and not handled comes back as itself.
rt = RuntimeError("rt")
try:
    with passthrough():
        raise rt
except RuntimeError as e:
    print("runtimeerror same", e is rt)


@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass


with swallow_stop():
    raise StopIteration("x")
print("stopiteration swallowed by the generator")


# A generator that turns the exception into StopIteration by returning: suppressed.
@contextmanager
def returns_on_error():
    try:
        yield "v"
    except KeyError:
        return


with returns_on_error() as v:
    raise KeyError("gone")
print("returned", v)


# --- an exception class rather than an instance
@contextmanager
def catch_class():
    try:
        yield
    except IndexError as e:
        print("got instance", type(e).__name__, e.args)
        raise


ctx = catch_class()
ctx.__enter__()
print("class only", ctx.__exit__(IndexError, None, None))

# --- attributes: __wrapped__, __name__, __doc__, func/args/kwds/gen


def attribs(**kw):
    def decorate(func):
        for k, v in kw.items():
            setattr(func, k, v)
        return func
    return decorate


@contextmanager
@attribs(foo="bar")
def baz(spam):
    """Whee!"""
    yield spam


print("name", baz.__name__, baz.__qualname__, baz.foo, baz.__doc__)
print("wrapped", baz.__wrapped__.__name__, baz.__wrapped__ is not baz)
cm = baz(7)
print("instance doc", cm.__doc__)
print("fields", cm.func is baz.__wrapped__, cm.args, cm.kwds, type(cm.gen).__name__)
print("type", type(cm).__name__, type(cm).__module__, type(cm).__qualname__)
print("is abstract cm", isinstance(cm, contextlib.AbstractContextManager), isinstance(cm, contextlib.ContextDecorator))
with cm as got:
    print("entered", got, hasattr(cm, "func"), hasattr(cm, "args"), hasattr(cm, "kwds"))


@contextmanager
def nodoc():
    yield


print("doc without docstring", nodoc().__doc__)


@contextmanager
def keywords(self, func, args, kwds):
    yield (self, func, args, kwds)


with keywords(self=11, func=22, args=33, kwds=44) as target:
    print("keywords", target)


@contextmanager
def params(a, *, b):
    yield


for call in (lambda: params(), lambda: params(3, 5), lambda: params(b=3)):
    try:
        call()
    except TypeError as e:
        print("param error", e)

# --- reuse of a one-shot manager
cm = woohoo()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("one-shot", type(e).__name__)

# --- as a decorator: a fresh generator for every call
depth = 0
ncols = 0


@contextmanager
def counting():
    global ncols, depth
    ncols += 1
    before = depth
    depth += 1
    yield
    depth -= 1
    print("depth back", depth == before)


@counting()
def recursive():
    if depth < 4:
        recursive()


recursive()
print("recursive", ncols, depth)

log = []


@contextmanager
def logging_cm(tag):
    log.append(("enter", tag))
    try:
        yield tag
    except Exception as e:
        log.append(("error", tag, type(e).__name__))
        raise
    finally:
        log.append(("exit", tag))


@logging_cm("deco")
def decorated(a, b=2):
    """Decorated doc."""
    log.append(("body", a, b))
    return a + b


print("decorated result", decorated(1), decorated(3, b=4))
print("decorated attrs", decorated.__name__, decorated.__doc__, decorated.__wrapped__.__name__)
print(log)
log.clear()


@logging_cm("fails")
def failing():
    raise ValueError("bad")


try:
    failing()
except ValueError as e:
    show("decorated failure", e)
print(log)


class Thing:
    @logging_cm("method")
    def method(self, a, b=None):
        return (type(self).__name__, a, b)


log.clear()
print("method", Thing().method(1, b=2), log)

# --- nested managers, generator closing
events = []


@contextmanager
def tagged(name):
    events.append("open " + name)
    try:
        yield name
    finally:
        events.append("close " + name)


with tagged("a") as a, tagged("b") as b:
    events.append(a + b)
print(events)

try:
    with tagged("x"):
        with tagged("y"):
            raise KeyError("inner")
except KeyError as e:
    print("nested", events[-4:], e.args)

ctx = whee()
ctx.__enter__()
try:
    ctx.__exit__(TypeError, TypeError("foo"), None)
    print("close after exit", ctx.gen.gi_frame is None)
except Exception as e:
    print("unexpected", e)

print(contextlib.contextmanager is contextmanager, contextmanager.__name__)
