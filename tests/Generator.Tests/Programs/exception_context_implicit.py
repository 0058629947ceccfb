# The implicit __context__ CPython gives an exception when it is raised while another is being handled, wherever it is
# raised: in a finally block while another propagates, in __exit__ while a with statement handles its body's
# exception, and in a function called from an except block (raised and caught there). Each is set at the raise, not
# when the exception leaves a handler.


def chain(exc):
    out = []
    while exc is not None:
        out.append(repr(exc))
        exc = exc.__context__
    return " <- ".join(out)


def raise_in_finally():
    try:
        raise KeyError("in try")
    finally:
        raise ValueError("in finally")


try:
    raise_in_finally()
except ValueError as e:
    print("finally:", chain(e))

try:
    try:
        raise KeyError("in try, same frame")
    finally:
        raise ValueError("in finally, same frame")
except ValueError as e:
    print("finally, same frame:", chain(e))


class RaiseOnExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        raise IndexError("from __exit__")


try:
    with RaiseOnExit():
        1 / 0
except IndexError as e:
    print("__exit__:", chain(e))


def raise_and_catch():
    try:
        raise KeyError("in callee")
    except KeyError as e:
        return e


try:
    raise TypeError("handled by the caller")
except TypeError:
    print("callee:", chain(raise_and_catch()))
