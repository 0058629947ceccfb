import sys

mon = sys.monitoring
E = mon.events
TOOL = 3


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


instr = []
lines = []


def on_instruction(code, offset):
    instr.append((offset, line_of(code, offset)))


def on_line(code, line):
    lines.append(line - code.co_firstlineno)


def target(n):
    a = n + 1
    if a > 2:
        b = a * 2
    else:
        b = 0
    for i in range(2):
        b += i
    return b


code = target.__code__
mon.use_tool_id(TOOL, "instructions")
mon.register_callback(TOOL, E.INSTRUCTION, on_instruction)
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_local_events(TOOL, code, E.INSTRUCTION | E.LINE)
print("local events:", mon.get_local_events(TOOL, code))
r = target(5)
mon.set_local_events(TOOL, code, 0)
mon.register_callback(TOOL, E.INSTRUCTION, None)
mon.register_callback(TOOL, E.LINE, None)
mon.free_tool_id(TOOL)

print("result", r)
print("LINE events:", lines)
# Lines visited by INSTRUCTION events, collapsing consecutive duplicates
visited = []
for off, line in instr:
    rel = None if line is None else line - code.co_firstlineno
    if not visited or visited[-1] != rel:
        visited.append(rel)
print("instruction line sequence:", visited)
print("every instruction offset maps to a line:", all(l is not None for o, l in instr))
print("offsets strictly increase within line 1:",
      all(a[0] < b[0] for a, b in zip(instr, instr[1:]) if a[1] == b[1] == code.co_firstlineno + 1))
print("more instructions than lines:", len(instr) > len(lines))
