import sys
mon = sys.monitoring
E = mon.events
NAMES = {E.RAISE: "RAISE", E.RERAISE: "RERAISE", E.EXCEPTION_HANDLED: "EXCEPTION_HANDLED", E.PY_UNWIND: "PY_UNWIND",
         E.PY_THROW: "PY_THROW"}


def line_of(code, offset):
    for s, e, l in code.co_lines():
        if s <= offset < e:
            return l


def mk(name):
    def cb(code, off, exc):
        if code.co_filename.endswith("monitoring_exceptions_more_shapes.py"):
            print(f"{name:17} {code.co_qualname} {line_of(code, off)} {type(exc).__name__}")
    return cb


def stop_in_gen():
    def g():
        yield next(iter([]))
    try:
        list(g())
    except RuntimeError as e:
        print("caught", e)


def gen_finally_close():
    def g():
        try:
            yield 1
            yield 2
        finally:
            print("cleanup")
    it = g()
    next(it)
    it.close()


def gen_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
            return False
    def g():
        with CM():
            yield 1
            raise KeyError("g")
    try:
        for x in g():
            pass
    except KeyError:
        print("caught")


def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        except ValueError:
            continue
        finally:
            out.append(-i)
    return out


def else_clause():
    try:
        x = 1
    except KeyError:
        pass
    else:
        try:
            raise TypeError("in else")
        except TypeError:
            pass


def finally_return():
    try:
        raise KeyError("swallowed")
    finally:
        return "ret"


def nested_with_raise():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            raise OSError("from exit")
    try:
        with CM():
            raise KeyError("body")
    except OSError:
        pass


def in_loop_iteration():
    def bad():
        yield 1
        raise IndexError("it")
    try:
        for x in bad():
            pass
    except IndexError:
        pass


def class_body_try():
    class C:
        try:
            v = {}["x"]
        except KeyError:
            v = 0
    return C.v


def deep(n):
    if n == 0:
        raise LookupError("deep")
    return deep(n - 1)


def deep_caught():
    try:
        deep(3)
    except LookupError:
        pass


def setcomp_raise():
    try:
        return {1 // x for x in (1, 0)}
    except ZeroDivisionError:
        return None


def dictcomp_in_gen():
    def g():
        yield {k: 1 // k for k in (1, 0)}
    try:
        next(g())
    except ZeroDivisionError:
        pass


def raise_in_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            raise ValueError("b")
    except ValueError:
        pass


def bare_except_reraise_from_helper():
    try:
        try:
            raise KeyError("x")
        except KeyError as e:
            raise RuntimeError("y") from None
    except RuntimeError:
        pass


mon.use_tool_id(2, "t")
for ev, n in NAMES.items():
    mon.register_callback(2, ev, mk(n))
mon.set_events(2, sum(NAMES))
for f in (stop_in_gen, gen_finally_close, gen_with, loop_continue, else_clause, finally_return, nested_with_raise,
          in_loop_iteration, class_body_try, deep_caught, setcomp_raise, dictcomp_in_gen, raise_in_finally,
          bare_except_reraise_from_helper):
    print("--", f.__name__, f())
mon.set_events(2, 0)
