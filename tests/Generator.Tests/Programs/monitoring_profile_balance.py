import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID

counts = {}
stack = []
errors = []
max_depth = [0]
WANT = {"workload", "fib", "maybe_fail", "gen", "Node", "__init__", "total",
        "<lambda>", "<genexpr>"}


def bump(name):
    counts[name] = counts.get(name, 0) + 1


def mine(code):
    return code.co_name in WANT


def down(code, offset):
    if mine(code):
        bump("start/resume")
        stack.append(code.co_name)
        if len(stack) > max_depth[0]:
            max_depth[0] = len(stack)


def up(code, offset, value):
    if mine(code):
        bump("return/yield/unwind")
        if not stack:
            errors.append("empty stack at " + code.co_name)
        elif stack[-1] != code.co_name:
            errors.append("mismatch %s vs %s" % (stack[-1], code.co_name))
        else:
            stack.pop()


def on_call(code, offset, func, arg0):
    if mine(code):
        bump("call")
        if not hasattr(func, "__code__") and type(func).__name__ != "method":
            bump("c_call")


def on_c_return(code, offset, func, arg0):
    if mine(code):
        bump("c_return")


def on_c_raise(code, offset, func, arg0):
    if mine(code):
        bump("c_raise")


def on_raise(code, offset, exc):
    if mine(code):
        bump("raise")


def on_handled(code, offset, exc):
    if mine(code):
        bump("handled")


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def maybe_fail(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def gen(n):
    for i in range(n):
        yield i * i


def workload():
    out = fib(6)
    for i in range(5):
        try:
            out += maybe_fail(i)
        except ValueError:
            out -= 1
    chain = Node(1, Node(2, Node(3)))
    out += chain.total()
    out += sum(gen(4))
    out += sum(x for x in range(3))
    out += (lambda z: z * 2)(5)
    out += len(sorted([3, 1, 2], key=lambda k: -k))
    return out


mon.use_tool_id(TOOL, "profile")
mon.register_callback(TOOL, E.PY_START, down)
mon.register_callback(TOOL, E.PY_RESUME, down)
mon.register_callback(TOOL, E.PY_RETURN, up)
mon.register_callback(TOOL, E.PY_YIELD, up)
mon.register_callback(TOOL, E.PY_UNWIND, up)
mon.register_callback(TOOL, E.CALL, on_call)
mon.register_callback(TOOL, E.C_RETURN, on_c_return)
mon.register_callback(TOOL, E.C_RAISE, on_c_raise)
mon.register_callback(TOOL, E.RAISE, on_raise)
mon.register_callback(TOOL, E.EXCEPTION_HANDLED, on_handled)
mon.set_events(TOOL, E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD | E.PY_UNWIND |
               E.CALL | E.C_RETURN | E.C_RAISE | E.RAISE | E.EXCEPTION_HANDLED)
result = workload()
mon.set_events(TOOL, 0)
for ev in (E.PY_START, E.PY_RESUME, E.PY_RETURN, E.PY_YIELD, E.PY_UNWIND, E.CALL,
           E.C_RETURN, E.C_RAISE, E.RAISE, E.EXCEPTION_HANDLED):
    mon.register_callback(TOOL, ev, None)
mon.free_tool_id(TOOL)

print("result", result)
for k in sorted(counts):
    print(k, counts[k])
print("errors", errors)
print("stack left", stack)
print("max depth", max_depth[0])
print("c_call == c_return + c_raise:",
      counts.get("c_call", 0) == counts.get("c_return", 0) + counts.get("c_raise", 0))
