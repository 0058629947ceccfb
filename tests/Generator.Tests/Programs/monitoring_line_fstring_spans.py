# LINE inside f-strings that span lines (PEP 701 replacement fields across lines, triple-quoted f-strings): CPython
# 3.12 loads each constant part on its own line, formats each field on the field's line and builds the string on the
# f-string's; calls inside fields, conversions, nested specs and nested f-strings.
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name == "run":
        events.append(line - run.__code__.co_firstlineno)


def t(v):
    return v


def run(x, y, width):
    a = f"{x}-{
        y}abc"
    b = f"""first {x}
second {y!r}
third"""
    c = f"{x:{
        width}}|{t(
            y)}"
    d = f"{
        x}"
    e = (f"{x}" +
         f"{y}")
    g = f"{f"{x}-{
        y}"}!"
    return a, b, c, d, e, g


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.set_events(1, E.LINE)
print(run(1, "two", 5))
print(events)
mon.set_events(1, 0)
