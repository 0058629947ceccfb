# yield inside try/except/finally: finally runs on normal exit, on close(), on exceptions thrown in.
def guarded(label):
    print(label, "enter")
    try:
        yield 1
        yield 2
    finally:
        print(label, "finally")
    print(label, "after")


print(list(guarded("a")))
g = guarded("b")
print(next(g))
g.close()
print("closed")
g.close()
g = guarded("c")
g.close()
print("never started: no finally")


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
        except KeyError:
            print("key error")
            return "keyed"


g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError, "worse"))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stopped with", e.value)
try:
    g.throw(ValueError("after the end"))
except ValueError as e:
    print("raised directly:", e)


def uncaught():
    try:
        yield 1
    finally:
        print("cleanup before propagating")


g = uncaught()
next(g)
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("propagated", e)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_else():
    try:
        x = yield "body"
    except ZeroDivisionError:
        yield "handler"
    else:
        print("else got", x)
    finally:
        print("finally")
    yield "end"


print(list(with_else()))
g = with_else()
next(g)
print(g.send(42))


def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
        yield "between"
    finally:
        print("outer finally")


g = nested()
print(next(g), next(g))
g.close()


def raises():
    yield 1
    raise ValueError("from generator")


g = raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("got", e)
print(next(g, "exhausted after error"))


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def handler_yields():
    for d in [1, 0, 2]:
        try:
            r = 10 // d
        except ZeroDivisionError as e:
            got = yield f"handler sees {e}"
            print("handler resumed with", got)
        else:
            yield f"else yields {r}"
    try:
        raise KeyError("x")
    except (KeyError, IndexError) as e:
        yield "tuple handler"
        try:
            raise ValueError("inner")
        except ValueError:
            yield "nested handler"
        raise


g = handler_yields()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(next(g))
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is KeyError


def managed():
    with Manager("m1") as m, Manager("m2") as m2:
        yield m + m2
        yield "second"
    with Manager("m3"):
        yield "third"
        raise KeyError("swallowed")
    yield "after with"


print(list(managed()))
g = managed()
print(next(g))
g.close()
g = managed()
next(g)
try:
    g.throw(ValueError("thrown into with"))
except ValueError as e:
    print("propagated", e)
