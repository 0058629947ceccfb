# Traceback objects: what each raise, re-raise and handler gives __traceback__, sys.exc_info()[2], __exit__ and
# generator.throw(), tb_next chains, frames (f_code, f_back, f_lineno), TracebackType, add_note.
import sys


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner(x):
    return 10 // x


def middle(x):
    y = inner(x)
    return y


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print("in outer:", walk(tb))
        print("  tb_frame is the running frame:", tb.tb_frame.f_code.co_name)
        print("  its caller:", tb.tb_frame.f_back.f_code.co_name)
        print("  exc_info()[2] is __traceback__:", sys.exc_info()[2] is tb, sys.exc_info()[2] is e.__traceback__)
        print("  inner frames' f_back:", tb.tb_next.tb_frame.f_back.f_code.co_name,
              tb.tb_next.tb_next.tb_frame.f_back.f_code.co_name)
        print("  finished frame's f_lineno:", tb.tb_next.tb_next.tb_frame.f_lineno)
        raise


try:
    outer(0)
except ZeroDivisionError as e:
    print("bare raise adds no entry:", walk(e.__traceback__))
    print("types:", type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    TracebackType = type(e.__traceback__)


def unmatched():
    try:
        inner(0)
    except ValueError:
        print("not here")
    except (KeyError, IndexError):
        print("nor here")


def through_finally():
    try:
        unmatched()
    finally:
        print("finally runs")


try:
    through_finally()
except ArithmeticError as e:
    print("unmatched clauses and finally add none:", walk(e.__traceback__))


# raise e of an exception raised before: the new frames go in front of the old ones.
def keep():
    try:
        inner(0)
    except ZeroDivisionError as e:
        return e


saved = keep()
print("kept:", walk(saved.__traceback__))


def raise_again(e):
    raise e


try:
    raise_again(saved)
except ZeroDivisionError as e:
    print("raised again:", walk(e.__traceback__))
    print("same object:", e is saved)

try:
    raise saved
except ZeroDivisionError as e:
    print("and again:", walk(e.__traceback__))


# A re-raise in a helper called from the handler: the helper adds nothing, the handling frame appears twice.
def reraise_helper():
    raise


def handles():
    try:
        inner(0)
    except ZeroDivisionError:
        reraise_helper()


try:
    handles()
except ZeroDivisionError as e:
    print("bare raise in a helper:", walk(e.__traceback__))


# with_traceback and assignment
def fresh():
    return ValueError("fresh")


v = fresh()
print("never raised:", v.__traceback__)
try:
    raise v
except ValueError as e:
    print("raised once:", walk(e.__traceback__))
    print("with_traceback returns self:", e.with_traceback(None) is e, e.__traceback__)
try:
    raise v
except ValueError as e:
    print("after with_traceback(None):", walk(e.__traceback__))
    first = e.__traceback__

try:
    outer(0)
except ZeroDivisionError as e:
    other = e.__traceback__

try:
    raise ValueError("borrowed").with_traceback(other)
except ValueError as e:
    print("with another's traceback:", walk(e.__traceback__))
    print("its tail is the other:", e.__traceback__.tb_next is other)

w = ValueError("w")
w.__traceback__ = first
print("assigned:", walk(w.__traceback__), w.__traceback__ is first)
for bad in [lambda: w.with_traceback(3), lambda: setattr(w, "__traceback__", "x"), lambda: delattr(w, "__traceback__")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# __exit__ gets the traceback
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("__exit__:", t.__name__, walk(tb), tb is v.__traceback__)
        return True


def in_with():
    with Manager():
        middle(0)
    print("suppressed")


in_with()


class Passing:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.tb = tb
        return False


p = Passing()
try:
    with p:
        inner(0)
except ZeroDivisionError as e:
    print("__exit__'s tb is the handler's:", p.tb is e.__traceback__, walk(e.__traceback__))


# generators
def gen():
    yield 1
    inner(0)


try:
    for item in gen():
        pass
except ZeroDivisionError as e:
    print("through a generator:", walk(e.__traceback__))


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("thrown in:", walk(e.__traceback__))
        yield 2


g = catcher()
next(g)
try:
    raise KeyError("k")
except KeyError as e:
    ktb = e.__traceback__
g.throw(KeyError, KeyError("again"), ktb)
g2 = catcher()
next(g2)
g2.throw(KeyError("plain"))
g3 = catcher()
next(g3)
try:
    g3.throw(KeyError, None, 5)
except TypeError as e:
    print("TypeError:", e)


# tb_next, TracebackType
try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
print("chain:", walk(tb))
second = tb.tb_next
tb.tb_next = None
print("cut:", walk(tb))
tb.tb_next = second
print("joined:", walk(tb))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def set_next(t, value):
    t.tb_next = value


def del_next(t):
    del t.tb_next


attempt("tb_next = 3", lambda: set_next(tb, 3))
attempt("del tb_next", lambda: del_next(tb))
attempt("tb_lineno = 3", lambda: setattr(tb, "tb_lineno", 3))
attempt("loop", lambda: set_next(second, tb))
attempt("self loop", lambda: set_next(tb, tb))
attempt("tb.foo", lambda: tb.foo)
made = TracebackType(None, tb.tb_frame, 0, 99)
attempt("made", lambda: (made.tb_lineno, made.tb_next, made.tb_frame is tb.tb_frame))
made2 = TracebackType(tb_next=made, tb_frame=tb.tb_frame, tb_lasti=0, tb_lineno=98)
attempt("made2", lambda: walk(made2))
attempt("bad next", lambda: TracebackType(3, tb.tb_frame, 0, 1))
attempt("bad frame", lambda: TracebackType(None, 3, 0, 1))
attempt("bad lasti", lambda: TracebackType(None, tb.tb_frame, "a", 1))
attempt("missing", lambda: TracebackType(None, tb.tb_frame, 0))
try:
    raise OSError("made").with_traceback(made2)
except OSError as e:
    print("raised with a made traceback:", walk(e.__traceback__))


# sys._getframe
def depth2():
    print("_getframe:", sys._getframe().f_lineno, sys._getframe().f_code.co_name)
    f = sys._getframe()
    print("caller:", f.f_back.f_code.co_name, f.f_back.f_lineno)
    print("_getframe(1):", sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    attempt("too deep", lambda: sys._getframe(1000))
    attempt("keyword", lambda: sys._getframe(depth=1))
    attempt("str", lambda: sys._getframe("a"))


def depth1():
    depth2()


depth1()
print("module frame:", sys._getframe().f_code.co_name)


# add_note
e = ValueError("noted")
attempt("no notes", lambda: e.__notes__)
attempt("bad note", lambda: e.add_note(3))
e.add_note("first")
e.add_note("second")
print("notes:", e.__notes__)
e.__notes__ = ("not", "a list")
attempt("tuple notes", lambda: e.add_note("third"))
attempt("two args", lambda: e.add_note("a", "b"))


# Exceptions compiled code makes without a throw (a dict or list miss, next()'s StopIteration in a try that catches
# them) have the traceback of a raise.
def lookup(d, k):
    try:
        v = d[k]
    except KeyError as e:
        return walk(e.__traceback__)
    return v


print("miss:", lookup({}, "k"))


def lookup_reraise(d, k):
    try:
        v = d[k]
    except KeyError:
        print("reraising")
        raise
    return v


try:
    lookup_reraise({}, "k")
except KeyError as e:
    print("miss re-raised:", walk(e.__traceback__))


def index_info(items, i):
    try:
        v = items[i]
    except IndexError:
        return walk(sys.exc_info()[2])
    return v


print("index miss:", index_info([], 3))


def step(it):
    try:
        v = next(it)
    except StopIteration as e:
        return walk(e.__traceback__)
    return v


print("next:", step(iter([])))


def step_reraise(it):
    try:
        v = next(it)
    except StopIteration:
        raise
    return v


try:
    step_reraise(iter(()))
except StopIteration as e:
    print("next re-raised:", walk(e.__traceback__))
