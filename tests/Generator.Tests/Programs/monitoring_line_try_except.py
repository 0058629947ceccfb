import sys

mon = sys.monitoring
E = mon.events
TOOL = 2


def check_lines(func):
    events = []

    def recorder(code, line):
        events.append(line)

    mon.register_callback(TOOL, E.LINE, recorder)
    mon.set_events(TOOL, E.LINE)
    func()
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, E.LINE, None)
    # drop the caller's lines (first and last), keep the function's
    lines = [line - func.__code__.co_firstlineno for line in events[1:-1]]
    print(func.__name__, lines)


def linear():
    line = 1
    line = 2
    line = 3
    line = 4
    line = 5


def branch():
    if "true".startswith("t"):
        line = 2
        line = 3
    else:
        line = 5
    line = 6


def func1():
    try:
        line = 2
        line = 3
    except:
        line = 5
    line = 6


def func2():
    try:
        line = 2
        raise 3
    except:
        line = 5
    line = 6


def func3():
    try:
        line = 2
        raise KeyError
    except KeyError as e:
        line = 5
    else:
        line = 7
    finally:
        line = 9
    line = 10


def func4():
    for i in range(2):
        try:
            if i:
                continue
            line = 5
        finally:
            line = 7
    line = 8


mon.use_tool_id(TOOL, "line try")
for fn in (linear, branch, func1, func2, func3, func4):
    check_lines(fn)
mon.free_tool_id(TOOL)
