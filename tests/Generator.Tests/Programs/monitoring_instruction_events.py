# INSTRUCTION with LINE, as Lib/test/test_monitoring.py's TestLineAndInstructionEvents checks them. Compiled code has
# no bytecode, so offsets differ from CPython's: each record gives the line co_lines() maps the offset to, and runs of
# INSTRUCTION records on one line are printed once (CPython runs several instructions per line, PyAot one or more).
import sys

mon = sys.monitoring
E = mon.events
TOOL = 2
records = []


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


def on_instruction(code, offset):
    if code.co_name in WATCHED:
        line = line_of(code, offset)
        records.append(("instruction", code.co_name, None if line is None else line - code.co_firstlineno))


def on_line(code, line):
    if code.co_name in WATCHED:
        records.append(("line", code.co_name, line - code.co_firstlineno))


def show(title):
    print(title)
    previous = None
    for r in records:
        if r != previous or r[0] != "instruction":
            print("   ", *r)
        previous = r
    records.clear()


def func1():
    line1 = 1
    line2 = 2
    line3 = 3


def func2():
    line1 = 1
    [].append(2)
    line3 = 3


def func3():
    try:
        line = 2
        raise KeyError
    except:
        line = 5
    line = 6


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total


def helper(x):
    return x * 2


def calls(n):
    a = helper(n)
    b = [helper(i) for i in range(2)]
    return len(b) + a


def gen(n):
    for i in range(n):
        yield i
    return "done"


def consume():
    out = []
    for v in gen(2):
        out.append(v)
    return out


def conditional(x):
    y = 1 if x else 2
    return x and y or -1


WATCHED = {"func1", "func2", "func3", "loops", "helper", "calls", "gen", "consume", "conditional", "<listcomp>"}

mon.use_tool_id(TOOL, "instructions")
mon.register_callback(TOOL, E.INSTRUCTION, on_instruction)
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.INSTRUCTION | E.LINE)
func1()
show("func1")
func2()
show("func2")
func3()
show("func3")
loops(3)
show("loops")
calls(2)
show("calls")
consume()
show("consume")
conditional(0)
conditional(5)
show("conditional")

# INSTRUCTION alone
mon.set_events(TOOL, E.INSTRUCTION)
func1()
show("instruction only")
mon.set_events(TOOL, 0)

# DISABLE for INSTRUCTION stops INSTRUCTION at that location only; LINE goes on there.
def disable_instruction(code, offset):
    on_instruction(code, offset)
    return mon.DISABLE


mon.register_callback(TOOL, E.INSTRUCTION, disable_instruction)
mon.set_events(TOOL, E.INSTRUCTION | E.LINE)
func1()
show("first run, INSTRUCTION disabled as it goes")
func1()
show("second run: LINE only")
mon.restart_events()
func1()
show("after restart_events")
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.INSTRUCTION, on_instruction)

# Local INSTRUCTION: one code object, not the functions it calls
mon.set_local_events(TOOL, calls.__code__, E.INSTRUCTION)
calls(1)
show("local INSTRUCTION on calls")
print("local events:", mon.get_local_events(TOOL, calls.__code__))
mon.set_local_events(TOOL, calls.__code__, 0)
calls(1)
show("local events cleared")

# Two tools: INSTRUCTION for one, LINE for the other
OTHER = 4
mon.use_tool_id(OTHER, "lines")
mon.register_callback(OTHER, E.LINE, lambda code, line: records.append(("other-line", code.co_name, line - code.co_firstlineno)) if code.co_name in WATCHED else None)
mon.set_events(OTHER, E.LINE)
mon.set_events(TOOL, E.INSTRUCTION)
func1()
show("two tools")
mon.set_events(TOOL, 0)
mon.set_events(OTHER, 0)
mon.free_tool_id(OTHER)
mon.free_tool_id(TOOL)
print("events after:", mon.get_events(TOOL))
