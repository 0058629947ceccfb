# try/except* (PEP 654) as CPython 3.12 runs it: matching, splitting, what each handler sees, what is raised again
import sys


def shape(e):
    """A group's structure: its type and message with its members', or a leaf's repr."""
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return repr(e)


def run(title, body):
    try:
        body()
        print(title, "-> completed")
    except BaseException as e:
        print(title, "->", shape(e))


def naked_match():
    try:
        raise ValueError("v")
    except* ValueError as e:
        print("  handler got", shape(e), "exception()", shape(sys.exception()), e.__traceback__ is None)
    try:
        e
        print("  after, e still bound")
    except NameError as unbound:
        print("  after:", type(unbound).__name__, unbound)
run("naked match", naked_match)


def naked_no_match():
    try:
        raise TypeError("t")
    except* ValueError:
        print("  not reached")
run("naked no match", naked_no_match)


def split_across_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("  V", shape(e))
    except* (TypeError, KeyError) as e:
        print("  TK", shape(e))
run("split across clauses", split_across_clauses)


def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  V", shape(e))
run("unmatched rest", unmatched_rest)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as e:
        print("  V", shape(e))
    except* OSError as e:
        print("  O", shape(e))
run("nested groups", nested_groups)


def handler_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")
    except* TypeError:
        pass
run("handler raises", handler_raises)


def handler_raises_context():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise KeyError("k")
    except KeyError as k:
        print("  KeyError context", shape(k.__context__))
    except ExceptionGroup as g:
        print("  group", shape(g), shape(g.exceptions[0].__context__))
run("handler raise context", handler_raises_context)


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("bare re-raise", bare_reraise)


def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise IndexError("new")
run("re-raise and raise", reraise_and_raise)


def raise_e_explicitly():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
run("raise e", raise_e_explicitly)


def else_and_finally(fail):
    try:
        if fail:
            raise ValueError("x")
        print("  body done")
    except* ValueError:
        print("  handled")
    else:
        print("  else")
    finally:
        print("  finally")
run("else and finally (no error)", lambda: else_and_finally(False))
run("else and finally (error)", lambda: else_and_finally(True))


def finally_with_unhandled():
    try:
        raise ExceptionGroup("eg", [TypeError(1)])
    except* ValueError:
        print("  not reached")
    finally:
        print("  finally runs")
run("finally with unhandled", finally_with_unhandled)


def bad_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print("  TypeError:", e)
run("bad types", bad_types)


def in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            out.append(i)
        except* ValueError as e:
            out.append(-e.exceptions[0].args[0])
    print("  ", out)
run("in a loop", in_loop)


def nested_try_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  inner V")
    except* TypeError as e:
        print("  outer T", shape(e))
run("nested try*", nested_try_star)


def class_body():
    class C:
        try:
            raise ValueError("in class")
        except* ValueError as err:
            seen = shape(err)
    print("  ", C.seen, "err" in vars(C))
run("class body", class_body)


def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        handled = shape(e)
    yield handled
    yield "after"
run("generator", lambda: print("  ", list(gen())))


def predicate_split():
    eg = ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
    match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
    print("  ", shape(match), shape(rest))
    print("  ", shape(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))))
    print("  ", eg.subgroup(OSError), eg.split(OSError)[0], shape(eg.split(OSError)[1]))
run("predicate split", predicate_split)


def base_exception_groups():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  KI", shape(e), type(e).__name__)
    except* ValueError as e:
        print("  V", shape(e), type(e).__name__)
run("base exception groups", base_exception_groups)


def notes_and_cause():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("note 1")
    eg.__cause__ = KeyError("cause")
    m, r = eg.split(ValueError)
    print("  ", m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__), m.__suppress_context__)
run("notes and cause", notes_and_cause)
