import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.COVERAGE_ID

events = []


def on_line(code, line):
    if code.co_name in ("<module>", "helper", "Config"):
        events.append((code.co_name, line))


def helper(v):
    w = v * 2
    return w


mon.use_tool_id(TOOL, "module lines")
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.LINE)
x = 1
y = helper(x)
if y > 1:
    z = "big"
else:
    z = "small"
for k in range(2):
    x += k


class Config:
    name = "cfg"
    size = 3


total = x + y
mon.set_events(TOOL, 0)
after = "not recorded"
mon.register_callback(TOOL, E.LINE, None)
mon.free_tool_id(TOOL)

for name, line in events:
    print(name, line)
print(x, y, z, total, Config.name)
