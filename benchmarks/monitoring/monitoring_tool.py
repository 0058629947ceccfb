# The tool each monitoring-cost program switches on for its mode, and off before it prints its checksum. Part of
# benchmarks/Runner --monitoring (a module the programs import, not a program: it has no .expected).
import sys

# The monitoring modes of benchmarks/Runner --monitoring (the mode letter is sys.argv[1], default "a"):
#   a  no tool                                   f  LINE whose callback returns DISABLE (steady state)
#   b  callbacks for every event, no event set   g  BRANCH + JUMP, no-op callbacks
#   c  PY_START + PY_RETURN, no-op callbacks     h  sys.settrace with a no-op local tracer
#   d  CALL + C_RETURN + C_RAISE, no-op          i  sys.setprofile with a no-op function
#   e  LINE, no-op callback
# The tool is switched off before the checksum is printed, which is the same in every mode.

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID
DISABLE = mon.DISABLE


def on_start(code, offset):
    pass


def on_return(code, offset, retval):
    pass


def on_call(code, offset, callable, arg0):
    pass


def on_line(code, line):
    pass


def on_line_disable(code, line):
    return DISABLE


def on_branch(code, offset, destination):
    pass


def on_offset(code, offset):
    pass


def on_exception(code, offset, exception):
    pass


def local_tracer(frame, event, arg):
    return local_tracer


def global_tracer(frame, event, arg):
    return local_tracer


def profiler(frame, event, arg):
    pass


# Every event of sys.monitoring.events (all but NO_EVENTS), each with a callback of its signature.
EVERY_EVENT = (
    (E.PY_START, on_start), (E.PY_RESUME, on_offset), (E.PY_RETURN, on_return), (E.PY_YIELD, on_return),
    (E.CALL, on_call), (E.LINE, on_line), (E.INSTRUCTION, on_offset), (E.JUMP, on_branch),
    (E.BRANCH, on_branch), (E.STOP_ITERATION, on_exception), (E.RAISE, on_exception),
    (E.EXCEPTION_HANDLED, on_exception), (E.PY_UNWIND, on_exception), (E.PY_THROW, on_exception),
    (E.RERAISE, on_exception), (E.C_RETURN, on_call), (E.C_RAISE, on_call),
)

MODES = "abcdefghi"


def tool_on(mode):
    if mode == "h":
        sys.settrace(global_tracer)
        return
    if mode == "i":
        sys.setprofile(profiler)
        return
    if mode == "a":
        return
    mon.use_tool_id(TOOL, "pyaot-bench")
    if mode == "b":
        for event, callback in EVERY_EVENT:
            mon.register_callback(TOOL, event, callback)
    elif mode == "c":
        mon.register_callback(TOOL, E.PY_START, on_start)
        mon.register_callback(TOOL, E.PY_RETURN, on_return)
        mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
    elif mode == "d":
        mon.register_callback(TOOL, E.CALL, on_call)
        mon.register_callback(TOOL, E.C_RETURN, on_call)
        mon.register_callback(TOOL, E.C_RAISE, on_call)
        mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
    elif mode == "e":
        mon.register_callback(TOOL, E.LINE, on_line)
        mon.set_events(TOOL, E.LINE)
    elif mode == "f":
        mon.register_callback(TOOL, E.LINE, on_line_disable)
        mon.set_events(TOOL, E.LINE)
    elif mode == "g":
        mon.register_callback(TOOL, E.BRANCH, on_branch)
        mon.register_callback(TOOL, E.JUMP, on_branch)
        mon.set_events(TOOL, E.BRANCH | E.JUMP)


def tool_off(mode):
    if mode == "h":
        sys.settrace(None)
    elif mode == "i":
        sys.setprofile(None)
    elif mode != "a":
        mon.set_events(TOOL, 0)
        for event, callback in EVERY_EVENT:
            mon.register_callback(TOOL, event, None)
        mon.free_tool_id(TOOL)


def get_mode():
    mode = sys.argv[1] if len(sys.argv) > 1 else "a"
    if len(mode) != 1 or mode not in MODES:
        print("usage: PROGRAM [MODE]; MODE is one of a b c d e f g h i", file=sys.stderr)
        sys.exit(2)
    return mode
