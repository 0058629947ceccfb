# CPython 3.12's LINE again at the join of a conditional expression whose else branch called a Python function, where
# the join is still a jump target (not a small exit block its optimizer copies in place of the jump).
import sys
mon = sys.monitoring


def on_line(code, line):
    if code.co_name == "<module>":
        print("  line", line)


def t(x):
    return x


mon.use_tool_id(1, "t")
mon.register_callback(1, mon.events.LINE, on_line)
mon.set_events(1, mon.events.LINE)
x = t(1) if t(0) else t(2)
y = t(1) if t(1) else t(2)
mon.set_events(1, 0)
print(x, y)
