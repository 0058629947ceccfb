# Closing generators: what PyAot does as CPython does (close(), exhaustion, yield from). A suspended generator
# that is merely dropped is not closed by PyAot (no reference counting): this program never relies on that.


def guarded(log):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("GeneratorExit")
        raise
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(next(g), log)
g.close()
print(log, g.gi_frame, list(g))
g.close()
print(log)

log = []
g = guarded(log)
g.close()  # never started: the body does not run
print(log)

log = []
print(list(guarded(log)), log)  # exhausted: finally runs


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"


g = returns_on_exit()
next(g)
print(g.close())


def outer(log):
    try:
        yield from guarded(log)
    finally:
        log.append("outer finally")


log = []
g = outer(log)
next(g)
g.close()
print(log)


def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raises_in_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

log = []
g = guarded(log)
for v in g:
    if v == 1:
        break
print("after break", log)
g.close()
print("after close", log)
