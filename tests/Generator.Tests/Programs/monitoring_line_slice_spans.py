# LINE inside statements with slices that span lines (compiler_subscript, compiler_slice: bounds on their lines, an
# absent bound's None and BUILD_SLICE on the slice's line, BINARY_SLICE / BINARY_SUBSCR on the subscript's), and an
# f-string with a slice inside a call spanning lines.
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name == "run":
        events.append(line - run.__code__.co_firstlineno)


def t(v):
    return v


def run(s, a, b):
    x = s[
        a:
        b]
    y = s[a:
          ]
    z = s[a:b:
          2]
    w = s[
        :t(b)]
    v = t(s)[::
             -1]
    print(f"""{s}
line""", f"{s[1:3]}", f"{s.upper()!r}")
    return x, y, z, w, v


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.set_events(1, E.LINE)
print(run("abcdefgh", 1, 5))
print(events)
mon.set_events(1, 0)
