# LINE inside raise statements and augmented assignments to attributes and items that span lines (compiler_raise:
# the exception, its cause, RAISE_VARARGS on the statement's line; compiler_augassign: the target's operands, the
# value, the in-place operator and the store on the statement's line), with the RAISE events, int and float items,
# and an __iadd__ of Python code.
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name in ("run", "augment"):
        events.append(("LINE", code.co_name, line - code.co_firstlineno))


def on_raise(code, offset, exc):
    if code.co_name == "run":
        events.append(("RAISE", type(exc).__name__))


class Acc:
    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.items = [1, 2.5, "s"]

    def __iadd__(self, other):
        events.append(("iadd", other))
        self.n += other
        return self


def run(kind):
    if kind == 1:
        raise ValueError(
            "bad value",
            kind)
    if kind == 2:
        raise KeyError(
            kind) from (
            TypeError("cause"))
    raise (RuntimeError
           if kind else
           OSError)


def augment(acc, k):
    acc.n += (k +
              1)
    acc.f *= (
        k)
    acc.items[0] += (k *
                     2)
    acc.items[1] -= (
        k)
    acc.items[2] += (
        "t")
    box = [acc]
    box[0] += (
        k)
    return acc.n, acc.f, acc.items


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.register_callback(1, E.RAISE, on_raise)
mon.set_events(1, E.LINE | E.RAISE)
for k in [1, 2, 3, 0]:
    events.clear()
    try:
        run(k)
    except Exception as e:
        print(k, type(e).__name__, e.args, type(e.__cause__).__name__)
        for ev in events:
            print("  ", *ev)
events.clear()
print(augment(Acc(), 3))
for ev in events:
    print("  ", *ev)
mon.set_events(1, 0)
