# except clauses naming builtin exception classes are C# exception filters: an exception no clause matches
# passes through without a catch and rethrow per frame (deep recursion through try blocks must not overflow).
import sys

sys.setrecursionlimit(20000)


def dive(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return dive(n - 1) + 1
    except (KeyError, IndexError):
        return -1
    except TypeError:
        return -2


for depth in (10, 1000, 5000):
    try:
        dive(depth)
    except ValueError as e:
        print(depth, "caught", e)


def gen_dive(n):
    if n == 0:
        raise ValueError("gen bottom")
    try:
        yield from gen_dive(n - 1)
        yield n
    except KeyError:
        yield -1


try:
    print(sum(gen_dive(3000)))
except ValueError as e:
    print("caught", e)


def order():
    log = []

    class Mine(Exception):
        pass

    def inner():
        try:
            raise KeyError("k")
        finally:
            log.append("inner finally")

    def typ():
        log.append("except expression")
        return Mine

    try:
        try:
            inner()
        except typ():
            log.append("wrong")
    except KeyError:
        log.append("outer KeyError")
    try:
        try:
            inner()
        except ValueError:
            log.append("wrong")
        finally:
            log.append("middle finally")
    except LookupError as e:
        log.append("outer LookupError " + repr(e))
    return log


print(order())


def handler_raises():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return repr(e), repr(e.__context__)


print(handler_raises())


def bare_and_else():
    out = []
    for v in (0, 1, "x"):
        try:
            r = 10 // v
        except ZeroDivisionError:
            out.append("zero")
        except Exception as e:
            out.append(type(e).__name__)
        else:
            out.append(r)
        finally:
            out.append("f")
    return out


print(bare_and_else())


def shadowed():
    KeyError = IndexError
    try:
        [][1]
    except KeyError:
        return "shadowed KeyError is IndexError"


print(shadowed())


def unmatched_in_generator():
    try:
        yield 1
        raise OSError("io")
    except (KeyError, ValueError):
        yield "wrong"
    finally:
        print("generator finally")


try:
    for v in unmatched_in_generator():
        print("got", v)
except OSError as e:
    print("caught", e)
