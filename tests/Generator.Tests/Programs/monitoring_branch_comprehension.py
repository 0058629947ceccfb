import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


events = []
WANT = {"comp", "genexp", "<genexpr>", "setcomp"}


def rel(code, offset):
    return line_of(code, offset) - BASE


def on_branch(code, src, dest):
    if code.co_name in WANT:
        events.append("branch %-11s %d -> %d" % (code.co_name, rel(code, src), rel(code, dest)))


def on_jump(code, src, dest):
    if code.co_name in WANT:
        events.append("jump   %-11s %d -> %d" % (code.co_name, rel(code, src), rel(code, dest)))


def comp(items):
    evens = [x for x in items if x % 2 == 0]
    return evens


def setcomp(items):
    s = {x
         for x in items
         if x > 1}
    return s


def genexp(items):
    g = (x for x in items if x)
    return list(g)


BASE = comp.__code__.co_firstlineno

mon.use_tool_id(TOOL, "branch comp")
mon.register_callback(TOOL, E.BRANCH, on_branch)
mon.register_callback(TOOL, E.JUMP, on_jump)
mon.set_events(TOOL, E.BRANCH | E.JUMP)
events.append("-- comp([1, 2])")
comp([1, 2])
events.append("-- setcomp([1, 2])")
setcomp([1, 2])
events.append("-- genexp([0, 3])")
genexp([0, 3])
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.BRANCH, None)
mon.register_callback(TOOL, E.JUMP, None)
mon.free_tool_id(TOOL)
print("lines relative to def comp")
for e in events:
    print(e)
