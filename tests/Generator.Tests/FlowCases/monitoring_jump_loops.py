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
WANT = {"for_loop", "while_loop", "with_continue", "with_break", "nested", "if_skip",
        "while_true"}


def on_jump(code, src, dest):
    if code.co_name in WANT:
        base = code.co_firstlineno
        events.append(("JUMP", line_of(code, src) - base, line_of(code, dest) - base))


def for_loop():
    t = 0
    for i in range(3):
        t += i
    return t


def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i


def with_continue():
    out = []
    for i in range(4):
        if i % 2:
            continue
        out.append(i)
    return out


def with_break():
    for i in range(10):
        if i == 2:
            break
        i += 100
    return i


def while_true():
    n = 0
    while True:
        n += 1
        if n >= 2:
            break
    return n


def nested():
    c = 0
    for a in range(2):
        for b in range(2):
            c += 1
    return c


def if_skip(x):
    if x:
        y = 1
    else:
        y = 2
    return y


mon.use_tool_id(TOOL, "jump")
mon.register_callback(TOOL, E.JUMP, on_jump)
mon.set_events(TOOL, E.JUMP)
for fn in (for_loop, while_loop, with_continue, with_break, while_true, nested):
    events.append(("CALL", fn.__name__))
    fn()
for arg in (True, False):
    events.append(("CALL", "if_skip(%r)" % arg))
    if_skip(arg)
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.JUMP, None)
mon.free_tool_id(TOOL)

for ev in events:
    if ev[0] == "CALL":
        print(ev[1])
    else:
        print("   jump %d -> %d" % (ev[1], ev[2]))
