# LINE inside statements that span lines and evaluate conditionally (CPython 3.12's compiler_boolop, compiler_ifexp,
# compiler_compare, compiler_jump_if and compiler_augassign locations): and/or as values and as if tests, conditional
# expressions, comparison chains that stop early or run through, 'not', elif, augmented assignments; each shape run
# down every path.
import sys

mon = sys.monitoring
E = mon.events
events = []


def on_line(code, line):
    if code.co_name == "shapes":
        events.append(line - shapes.__code__.co_firstlineno)


def t(v):
    return v


def shapes(a, b, c):
    out = []
    x = (a and
         b)
    out.append(x)
    x = (
        a or b)
    out.append(x)
    x = (a and
         b and
         t(c))
    out.append(x)
    x = (t(a) or
         b or
         c)
    out.append(x)
    x = (a
         if b
         else c)
    out.append(x)
    x = (a if
         t(b) else
         c)
    out.append(x)
    x = (a <
         b < c)
    out.append(x)
    x = (a < b <
         c <
         10)
    out.append(x)
    x = (not
         a)
    out.append(x)
    if (a and
            b):
        out.append(1)
    elif (b or
          c):
        out.append(2)
    else:
        out.append(3)
    if (not a or
            not
            b):
        out.append(4)
    if (a < b <
            c):
        out.append(5)
    if (
            c):
        out.append(6)
    if (a and (b or
               c) and
            t(c)):
        out.append(7)
    y = 0
    y += (a +
          b)
    y -= t(
        c)
    y *= (2
          if a
          else 3)
    out.append(y)
    return out


mon.use_tool_id(1, "test")
mon.register_callback(1, E.LINE, on_line)
mon.set_events(1, E.LINE)
for args in [(0, 0, 0), (1, 0, 2), (1, 2, 3), (0, 5, 1), (3, 2, 1), (2, 3, 0)]:
    events.clear()
    print(args, shapes(*args))
    print(events)
mon.set_events(1, 0)
