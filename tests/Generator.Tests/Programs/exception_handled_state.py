# The exception being handled (CPython's exc_info chain) as programs see it: sys.exception() and sys.exc_info() in
# except and finally blocks, in __exit__, in callees and in generators; the implicit __context__ every raise takes from
# it (replacing one it had, without making cycles); bare raise wherever an exception is handled.
import sys
import contextlib


def chain(exc):
    out = []
    seen = 0
    while exc is not None and seen < 6:
        out.append(repr(exc))
        exc = exc.__context__
        seen += 1
    return " <- ".join(out)


def show(label):
    info = sys.exc_info()
    print(f"{label}: exception={sys.exception()!r} exc_info={(info[0].__name__ if info[0] else None, info[1] is sys.exception())}")


show("outside")
try:
    raise KeyError("k")
except KeyError:
    show("in except")
    try:
        raise ValueError("v")
    except ValueError:
        show("nested except")
    show("back in except")
show("after except")


def callee():
    show("callee")


try:
    1 / 0
except ZeroDivisionError:
    callee()

# finally blocks: with an exception, and without one.
try:
    try:
        raise IndexError("i")
    finally:
        show("finally, unwinding")
except IndexError:
    pass
try:
    pass
finally:
    show("finally, normal")
try:
    raise TypeError("outer")
except TypeError:
    try:
        pass
    finally:
        show("finally, normal, in except")


# __exit__ runs with the body's exception handled.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        show("__exit__")
        return True


with Manager():
    raise LookupError("in with")
with Manager():
    pass


# A bare raise in a helper called from an except block; with none, RuntimeError.
def reraise():
    raise


try:
    try:
        raise KeyError("helper")
    except KeyError:
        reraise()
except KeyError as e:
    print("helper re-raised:", repr(e))
try:
    reraise()
except RuntimeError as e:
    print("no active:", e)

# A bare raise in a finally block inside an except block re-raises the finally's exception.
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        finally:
            raise
except ValueError as e:
    print("finally re-raise:", repr(e), "<-", repr(e.__context__))


# A callee's exception, raised and caught there, takes the caller's handled exception as its context; so do the
# runtime's own (1 / 0, a missing key).
def raise_and_catch(kind):
    try:
        if kind == "zero":
            1 / 0
        elif kind == "key":
            {}["missing"]
        else:
            raise OSError("callee")
    except Exception as e:
        return e


try:
    raise TypeError("handled by the caller")
except TypeError:
    for kind in ("zero", "key", "os"):
        print("callee:", chain(raise_and_catch(kind)))
print("no handler:", chain(raise_and_catch("os")))

# raise e replaces the context e had; a chain leading back to e is cut rather than made a cycle.
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as e:
    print("raise a:", chain(e), "| b's context:", repr(e.__context__.__context__))

saved = None
try:
    raise KeyError("first")
except KeyError as e:
    saved = e
try:
    raise ValueError("second")
except ValueError:
    try:
        raise saved
    except KeyError as e:
        print("re-raised elsewhere:", chain(e))

# raise ... from a class: the cause is made, not raised (no context of its own).
try:
    raise KeyError("handled")
except KeyError:
    try:
        raise ValueError("effect") from IndexError
    except ValueError as e:
        print("cause:", repr(e.__cause__), "cause's context:", repr(e.__cause__.__context__), "context:", repr(e.__context__))


# Generators: the handled exception of a generator suspended in an except block stays with it.
def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        show("generator, first")
        yield 1
        show("generator, resumed")
        yield 2
    show("generator, after except")
    yield 3


g = gen()
next(g)
show("caller while generator suspended")
try:
    raise KeyError("caller's")
except KeyError:
    next(g)
    show("caller, after resuming")
    next(g)
show("caller, end")


# throw() passes its exception in without a context; close()'s GeneratorExit gets one.
def catcher():
    while True:
        try:
            yield
        except BaseException as e:
            print("  generator got", repr(e), "context", repr(e.__context__))
            if isinstance(e, GeneratorExit):
                return


c = catcher()
next(c)
try:
    raise KeyError("while throwing")
except KeyError:
    c.throw(ValueError("thrown"))
    c.throw(ValueError)
    c.close()

# StopIteration of a generator that ends while the caller handles an exception.
def short():
    yield 1


s = short()
next(s)
try:
    raise KeyError("around next")
except KeyError:
    try:
        next(s)
    except StopIteration as e:
        print("StopIteration:", chain(e))


# A subscript's miss handled without making the KeyError or IndexError first: made when something reads it, one
# object either way.
def lookup(d, k):
    try:
        v = d[k]
    except KeyError:
        show("miss handler")
        v = None
    return v


lookup({}, "a")


def lookup_and_raise(d, k):
    try:
        v = d[k]
    except KeyError as e:
        try:
            raise ValueError("no " + k)
        except ValueError as err:
            return err.__context__ is e, repr(err.__context__)


print("miss as context:", lookup_and_raise({}, "b"))


def lookup_and_reraise(seq, i):
    try:
        v = seq[i]
    except IndexError:
        reraise()


try:
    lookup_and_reraise([1], 5)
except IndexError as e:
    print("miss re-raised by a helper:", repr(e))


def lookup_uncaught(d, k):
    try:
        v = d[k]
    except KeyError:
        raise LookupError("wrapped")


try:
    lookup_uncaught({}, 3)
except LookupError as e:
    print("miss context:", chain(e))


# contextlib.ExitStack links the exceptions its callbacks raise as nested with statements would.
def raiser(exc):
    def callback(*args):
        raise exc
    return callback


try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser(ValueError("first callback")))
        stack.push(raiser(IndexError("second callback")))
        raise KeyError("body")
except ValueError as e:
    print("exit stack:", chain(e))
try:
    raise TypeError("outer")
except TypeError:
    try:
        with contextlib.ExitStack() as stack:
            stack.push(raiser(ValueError("first callback")))
            stack.push(raiser(IndexError("second callback")))
    except ValueError as e:
        print("exit stack in except:", chain(e))

# An except clause's own type expression runs with the exception handled.
def which():
    show("except expression")
    return KeyError


try:
    raise KeyError("x")
except which():
    pass
