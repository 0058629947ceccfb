# try/except/else/finally and with, for the flow model: CPython 3.12's jumps and lines are recorded in
# exception_shapes.flow.
import contextlib


def handlers(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    except (TypeError, ValueError) as e:
        y = str(e)
    except Exception:
        raise
    except:
        y = None
    return y


def with_else(x):
    try:
        y = int(x)
    except ValueError:
        return -1
    else:
        y += 1
    return y


def with_finally(x):
    try:
        y = x + 1
    finally:
        print("done")
    return y


def all_parts(x):
    try:
        y = x[0]
    except IndexError as e:
        y = e
    else:
        y = y * 2
    finally:
        x = None
    return y


def in_loops(items):
    total = 0
    for it in items:
        try:
            if it < 0:
                continue
            if it > 100:
                break
            total += 10 // it
        except ZeroDivisionError:
            continue
    while total > 5:
        try:
            total -= 3
        except Exception:
            break
    return total


def returns_inside(x):
    try:
        if x:
            return 1
        return 2
    except KeyError:
        return 3


def withs(path, lock):
    with lock:
        a = 1
    with open(path) as f, lock as g:
        b = f.read()
    with contextlib.suppress(KeyError):
        c = {}["x"]
    for i in range(3):
        with lock:
            if i:
                continue
            a += i
    return a, b


def nested(x):
    try:
        try:
            x.go()
        except AttributeError:
            x = 0
    except Exception:
        x = 1
    else:
        x = 2 if x else 3
    return x


try:
    import missing_module
except ImportError:
    missing_module = None

with contextlib.suppress(Exception):
    handlers(0)
