# Chains of generators each suspended in `yield from` the next: values, returns, exceptions, frames and the running
# state of every level, as seen from the innermost generator and from outside.
import sys
import traceback


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(values):
    n = len(values)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(values[:i]), values[i], tree(values[i + 1:]))


print("tree", list(tree(range(20))) == list(range(20)), sum(tree(range(1000))))
print("tree twice", [x for x in tree(range(7))], list(iter(tree(range(3)))))


# Return values through every level.
def counting(depth):
    if depth == 0:
        yield "leaf"
        return 1
    got = yield from counting(depth - 1)
    yield f"level {depth} got {got}"
    return got + 1


g = counting(5)
print("returns", list(g))


def outer_of(depth):
    result = yield from counting(depth)
    print("  outermost got", result)


print("returns 2", list(outer_of(4)))


# Frames: what the innermost generator sees of the levels above it.
def frames_leaf(label):
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        if f.f_code.co_name == "<module>":
            break  # (a harness that runs this program may have frames below)
        f = f.f_back
    yield label, names
    stack = traceback.extract_stack()
    yield label, [(s.name, s.lineno, s.line) for s in stack[-6:]]


def frames_level(depth):
    if depth == 0:
        yield from frames_leaf("leaf")
    else:
        yield from frames_level(depth - 1)


def frames_consumer():
    for label, frames in frames_level(3):
        print("frames", label)
        for frame in frames:
            print("   ", frame)


frames_consumer()


# An exception in the innermost generator: its traceback passes through every level.
def failing_leaf():
    yield 1
    yield 2
    raise ValueError("deep")


def failing_level(depth):
    if depth == 0:
        yield from failing_leaf()
    else:
        yield from failing_level(depth - 1)


def run_failing():
    got = []
    chain = failing_level(4)
    try:
        while True:
            got.append(next(chain))
    except ValueError as e:
        print("caught", e, got)
        tb = traceback.extract_tb(e.__traceback__)
        for s in tb:
            print("   ", s.name, s.lineno, s.line)


run_failing()


# Caught by a level in the middle, which goes on yielding.
def catching_level(depth):
    if depth == 2:
        try:
            yield from failing_level(2)
        except ValueError as e:
            yield f"level {depth} caught {e}"
            yield from counting(2)
    else:
        yield from catching_level(depth - 1 if depth > 2 else depth + 1)


print("middle catch", list(catching_level(5)))


# A finally in every level runs as the innermost ends, and in order when the chain is closed.
def finally_level(depth, log):
    try:
        if depth == 0:
            yield "a"
            yield "b"
        else:
            yield from finally_level(depth - 1, log)
    finally:
        log.append(depth)


log = []
print("finally", list(finally_level(3, log)), log)
log = []
g = finally_level(3, log)
print("closing", next(g), log)
g.close()
print("closed", log)


# The levels are running while the innermost one runs.
holder = {}


def peeking_leaf():
    yield "started"
    mid = holder["mid"]
    top = holder["top"]
    yield ("running", mid.gi_running, top.gi_running, mid.gi_suspended, mid.gi_yieldfrom is not None)
    try:
        next(mid)
    except ValueError as e:
        yield ("next(mid)", str(e))
    try:
        mid.throw(KeyError("x"))
    except ValueError as e:
        yield ("mid.throw", str(e))
    try:
        mid.send(5)
    except ValueError as e:
        yield ("mid.send", str(e))
    try:
        next(top)
    except ValueError as e:
        yield ("next(top)", str(e))


def peeking_mid():
    yield from peeking_leaf()


def peeking_between():
    yield from peeking_mid()


def peeking_top():
    yield from peeking_between()


top = peeking_top()
holder["top"] = top
between = top
print("peek start", next(top))
holder["mid"] = top.gi_yieldfrom.gi_yieldfrom
for item in top:
    print("peek", item)
print("after", holder["mid"].gi_running, holder["mid"].gi_suspended, top.gi_running)


# send() and throw() into the outermost generator reach the innermost.
def echo_leaf():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except KeyError as e:
        yield f"leaf caught {e!r} after {received}"
    return received


def echo_level(depth):
    if depth == 0:
        r = yield from echo_leaf()
    else:
        r = yield from echo_level(depth - 1)
    return r


def echo_top():
    r = yield from echo_level(3)
    yield ("top got", r)


g = echo_top()
print("send", next(g), g.send("a"), next(g), g.send("b"), next(g))
print("throw", g.throw(KeyError("k")))
print("end", next(g))
try:
    next(g)
except StopIteration:
    print("stopped")


# A level suspended in an except block: the exception it handles is the innermost's too.
def handled_leaf():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exception())


def handling_level():
    try:
        raise OSError("handled here")
    except OSError:
        yield from handled_leaf()
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def handling_top():
    yield from handling_level()


print("handled", list(handling_top()))


# The innermost generator yields from a plain iterator; the levels above are generators.
def iterator_level(depth):
    if depth == 0:
        yield from iter([1, 2, 3])
        yield from range(4, 6)
    else:
        yield from iterator_level(depth - 1)


print("iterators", list(iterator_level(4)))


# The same generator delegated to twice, from two chains.
def shared_leaf():
    yield 1
    yield 2
    yield 3


def shared_level(g):
    yield from g


leaf = shared_leaf()
a = shared_level(shared_level(leaf))
b = shared_level(shared_level(leaf))
print("shared", next(a), next(b), next(a), list(b), list(a))


# A StopIteration raised in the innermost generator becomes RuntimeError there, and passes up.
def stop_leaf():
    yield 1
    raise StopIteration("inner")


def stop_level(depth):
    if depth == 0:
        yield from stop_leaf()
    else:
        yield from stop_level(depth - 1)


try:
    print(list(stop_level(3)))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


# A chain deeper than the levels that fit in one step's bookkeeping at first.
def deep(depth):
    if depth == 0:
        yield 0
        yield 1
        return "bottom"
    r = yield from deep(depth - 1)
    return r


def deep_top(depth):
    r = yield from deep(depth)
    yield r


print("deep", list(deep_top(200)))


# Two chains stepped in turn (a leaf of one steps the other).
def other_chain(depth):
    if depth == 0:
        yield from "xyz"
    else:
        yield from other_chain(depth - 1)


def stepping_leaf(other):
    for c in other:
        f = sys._getframe()
        depth = 0
        while f.f_code.co_name != "<module>":
            depth += 1
            f = f.f_back
        yield c, depth


def stepping_level(depth, other):
    if depth == 0:
        yield from stepping_leaf(other)
    else:
        yield from stepping_level(depth - 1, other)


print("nested", list(stepping_level(3, other_chain(3))))


# A warning from the innermost generator, attributed to a level above it by its stack level.
import warnings


def warning_leaf():
    for level in (1, 2, 3, 4):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.warn(f"level {level}", stacklevel=level)
        yield [(str(w.message), w.lineno) for w in caught]


def warning_level(depth):
    if depth == 0:
        yield from warning_leaf()
    else:
        yield from warning_level(depth - 1)


print("warnings", list(warning_level(2)))
